//! The non-interactive commands on the real binary: `list`, `export`, `check`, paths and
//! `--builtin`, exit codes, and bad input (missing path, empty, binary, invalid UTF-8 files,
//! metadata problems) — each with a message naming the file, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::Path;
use std::process::{Command, Output};

mod common;

fn steppe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent-steppe-config")
        .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
        .env_remove("STEPPE_LIBRARY")
        .env("NO_COLOR", "1")
        .output()
        .expect("run steppe")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    let e = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(!e.contains("panicked"), "steppe panicked: {e}");
    e
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn list_shows_the_five_builtin_reports_with_counts() {
    let o = steppe(&["list"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5);
    let tajik = lines
        .iter()
        .find(|l| l.starts_with("fpc-2021-05-17-tajikistan-conclusions"))
        .expect("Tajikistan line");
    assert!(tajik.contains("2021-05-17"));
    assert!(tajik.contains("FPC"));
    assert!(tajik.contains("20 recommendations"));
    assert!(tajik.contains("15 footnotes"));
    // One footnote is "1 footnote".
    let regional = lines
        .iter()
        .find(|l| l.starts_with("fpc-2021-09-30-responding-to-retreating-rights"))
        .expect("regional line");
    assert!(
        regional.ends_with("17 findings, 1 footnote\tbuilt in"),
        "{regional}"
    );
}

#[test]
fn list_json_is_machine_readable() {
    let o = steppe(&["list", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let rows = rows.as_array().expect("array");
    assert_eq!(rows.len(), 5);
    let kz = rows
        .iter()
        .find(|r| r["id"] == "fpc-2021-07-22-kazakhstan-executive-summary")
        .expect("Kazakhstan row");
    assert_eq!(kz["recommendations"], 12);
    assert_eq!(kz["countries"][0], "Kazakhstan");
    assert_eq!(kz["place"], "builtin");
}

#[test]
fn export_csv_has_one_row_per_item() {
    let o = steppe(&["export", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let mut lines = out.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("report_id,section,item_id,kind,addressee,countries,themes,uhri_themes,action_category,text")
    );
    let rows: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    let json = steppe(&["export", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    let items: usize = value["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .flat_map(|r| r["sections"].as_array().expect("sections"))
        .map(|s| s["items"].as_array().expect("items").len())
        .sum();
    assert_eq!(rows.len(), items);
    let kettling = rows
        .iter()
        .find(|r| r.contains("Stop using kettling"))
        .expect("kettling row");
    assert!(kettling.starts_with(
        "fpc-2021-07-22-kazakhstan-executive-summary,Key recommendations,fpc-2021-07-22-kazakhstan-executive-summary."
    ));
    assert!(kettling.contains(",recommendation,the Government of Kazakhstan,Kazakhstan,"));
}

#[test]
fn export_markdown_and_toml_render_the_reports() {
    let md = stdout(&steppe(&["export", "--format", "markdown"]));
    assert!(md.contains("# Retreating Rights – Tajikistan: Conclusions and recommendations\n"));
    assert!(md.contains("## For the Government of Tajikistan\n"));
    assert!(md.contains("**Recommendations to the Government of Tajikistan:**"));
    assert!(md
        .contains("- End the propiska system of internal movement registration and restrictions;"));
    assert!(md.contains("- [ix] Statements to this end"));
    let toml_out = stdout(&steppe(&["export", "--format", "toml"]));
    let parsed: toml::Table = toml::from_str(&toml_out).expect("valid TOML");
    assert_eq!(parsed["reports"].as_array().map(Vec::len), Some(5));
}

/// The hand-written report fixtures at the top of tests/fixtures.
const TOP_FIXTURES: [&str; 4] = [
    "kyrgyzstan-media-statement.txt",
    "tajikistan-briefing.md",
    "un-committee-turkmenistan.txt",
    "un-upr-uzbekistan-2023.txt",
];

#[test]
fn check_is_clean_on_builtin_and_fixtures() {
    let o = steppe(&["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    // The hand-written reports (the gallery under tests/fixtures/gallery holds fixtures that are
    // meant to warn, tests/fixtures/pages saved pages whose chrome `check` counts).
    let files: Vec<String> = TOP_FIXTURES.iter().map(|f| fixture(f)).collect();
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let o = steppe(&args);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn paths_replace_builtin_and_builtin_flag_adds_them() {
    let only = stdout(&steppe(&[
        "list",
        &fixture("kyrgyzstan-media-statement.txt"),
    ]));
    assert_eq!(only.lines().count(), 1);
    assert!(only.starts_with("kyrgyzstan-media-statement\t2024-02-05"));
    let both = stdout(&steppe(&[
        "list",
        "--builtin",
        &fixture("kyrgyzstan-media-statement.txt"),
    ]));
    assert_eq!(both.lines().count(), 6);
    // A folder is searched for report files; other files are left alone.
    let dir = tempfile::tempdir().expect("tempdir");
    for f in TOP_FIXTURES {
        std::fs::copy(fixture(f), dir.path().join(f)).expect("copy");
    }
    std::fs::write(dir.path().join("notes.docx"), b"PK").expect("write");
    let folder = stdout(&steppe(&["list", &dir.path().display().to_string()]));
    assert_eq!(
        folder.lines().count(),
        4,
        "folders are searched for report files"
    );
}

#[test]
fn missing_path_is_exit_2_naming_it() {
    let o = steppe(&["check", "/nonexistent/report.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/report.txt"));
    let o = steppe(&["list", "/nonexistent/report.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/report.txt"));
    // One line, the reason said once (the reader, too, before touching the terminal).
    for args in [&["list", "/nonexistent"][..], &["/nonexistent"][..]] {
        let o = steppe(args);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert_eq!(err.matches("No such file or directory").count(), 1, "{err}");
    }
}

#[test]
fn search_with_unquoted_words_says_to_quote_them() {
    // `steppe search QUERY [PATH]…`: a second word that names nothing on disk was meant as a word.
    let o = steppe(&["search", "enforced", "disappearances"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("disappearances: no such file or folder")
            && err.contains("quote them: steppe search \"enforced disappearances\""),
        "{err}"
    );
    assert!(stdout(&o).is_empty());
    // A missing file (a path or an extension) keeps the ordinary message, without the hint.
    let o = steppe(&["search", "enforced", "missing-report.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("missing-report.txt") && !err.contains("quote them"),
        "{err}"
    );
}

#[test]
fn folder_without_reports_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("notes.docx"), b"PK").expect("write");
    let o = steppe(&["list", &dir.path().display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no reports found"));
}

#[test]
fn bad_files_get_file_line_messages_and_nonzero_exit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = |name: &str| dir.path().join(name);
    std::fs::write(p("empty.txt"), b"").expect("write");
    std::fs::write(p("binary.txt"), b"Title\n\nsome\0binary\0data").expect("write");
    std::fs::write(
        p("latin1.txt"),
        b"Kazakhstan report\n\nThe caf\xe9 law in Kazakhstan is bad for NGOs.\n",
    )
    .expect("write");
    std::fs::write(p("report.doc"), b"Title\n\nText.").expect("write");
    let o = steppe(&["check", &p("empty.txt").display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("empty.txt:1: error: file is empty"),
        "{}",
        stdout(&o)
    );

    let o = steppe(&["check", &p("binary.txt").display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("binary.txt:3: error: binary file"),
        "{}",
        stdout(&o)
    );

    let o = steppe(&["check", &p("latin1.txt").display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("latin1.txt:3: warning: invalid UTF-8"),
        "{}",
        stdout(&o)
    );
    // Lossy decoding still imports the report.
    let o = steppe(&["list", &p("latin1.txt").display().to_string()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Kazakhstan report"));

    let o = steppe(&["check", &p("report.doc").display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("report.doc:1: error: unrecognised file type"));

    // list/export print what loaded and exit 2 when a file could not be used.
    let o = steppe(&["export", "--builtin", &p("empty.txt").display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("empty.txt:1: error: file is empty"));
    let value: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(value["reports"].as_array().map(Vec::len), Some(5));
}

#[test]
fn metadata_problems_name_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = "Kazakhstan: A statement\n\nThe Government of Kazakhstan should:\n\n  • Free the activists.\n";
    std::fs::write(dir.path().join("a.txt"), report).expect("write");
    std::fs::write(
        dir.path().join("a.toml"),
        "title = \"A\"\npublisher = \"X\"\ncolour = \"red\"\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("b.txt"), report).expect("write");
    std::fs::write(dir.path().join("b.toml"), "title = \"B\"\ndate = [\n").expect("write");
    let o = steppe(&["check", &dir.path().display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("a.toml:3: warning: unknown metadata key \"colour\""),
        "{out}"
    );
    assert!(out.contains("b.toml:2:9: error"), "{out}");
    assert!(out.contains("malformed metadata"), "{out}");
    let list = stdout(&steppe(&["list", &dir.path().display().to_string()]));
    assert!(
        list.contains("\t2021") || list.contains("\tA\t") || list.contains("X\tA"),
        "{list}"
    );
}

#[test]
fn footnote_and_lead_in_problems_are_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "Tajikistan: Notes on a crackdown\n\nThe authorities detained bloggers.[3]\n\n  • A bullet with no introduction\n  • Another\n\n[1] A footnote nobody cites.\n";
    std::fs::write(dir.path().join("t.txt"), text).expect("write");
    let o = steppe(&["check", &dir.path().join("t.txt").display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("t.txt:3: warning: footnote reference [3] has no footnote text"),
        "{out}"
    );
    assert!(
        out.contains("t.txt:5: warning: bullet list with no lead-in"),
        "{out}"
    );
    assert!(
        out.contains("t.txt:8: warning: footnote [1] is never referenced"),
        "{out}"
    );
    let json = steppe(&["export", &dir.path().join("t.txt").display().to_string()]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    let text = value["reports"][0]["sections"][0]["items"][0]["text"]
        .as_str()
        .expect("text");
    assert_eq!(
        text, "The authorities detained bloggers.",
        "dangling marker removed"
    );
}

#[test]
fn huge_line_and_symlink_loop_do_not_break_anything() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = "Kazakhstan [ NGO ](x ".repeat(60_000);
    std::fs::write(
        dir.path().join("long.txt"),
        format!("A long one\n\n{line}\n"),
    )
    .expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("symlink");
    let o = steppe(&["list", &dir.path().display().to_string()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 1, "the loop is followed once");
}

#[test]
fn user_rules_replace_the_builtin_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A theme file with one theme: every item is classified by it alone.
    std::fs::write(
        dir.path().join("themes.toml"),
        "[[theme]]\nid = \"propiska\"\nlabel = \"Residence registration\"\nkeywords = [\"propiska\"]\n",
    )
    .expect("write");
    // Boilerplate rules that also drop the Magnitsky recommendation's line.
    let import =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/import.toml"))
            .expect("default rules")
            .replace(
                "drop_prefix = [",
                "drop_prefix = [\"  • Implement Magnitsky\", \"Implement Magnitsky\",",
            );
    std::fs::write(dir.path().join("import.toml"), import).expect("write");
    let rules = dir.path().display().to_string();
    let o = steppe(&["export", "--rules", &rules]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let value: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let items: Vec<&serde_json::Value> = value["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .flat_map(|r| r["sections"].as_array().expect("sections"))
        .flat_map(|s| s["items"].as_array().expect("items"))
        .collect();
    let themed: Vec<&str> = items
        .iter()
        .filter(|i| i["themes"].as_array().is_some_and(|t| !t.is_empty()))
        .map(|i| i["text"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(themed.len(), 2, "{themed:?}");
    assert!(themed.iter().all(|t| t.contains("propiska")));
    assert!(!items.iter().any(|i| i["text"]
        .as_str()
        .unwrap_or("")
        .starts_with("Implement Magnitsky")));
    // A broken rules file is an error naming file, line and column, exit 2.
    std::fs::write(dir.path().join("gazetteer.toml"), "[[country]]\nname = 5\n").expect("write");
    let o = steppe(&["list", "--rules", &rules]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("gazetteer.toml:2:"), "{}", stderr(&o));
}

#[test]
fn history_follows_a_recommendation_across_reports() {
    let o = steppe(&[
        "history",
        "fpc-2021-07-22-kazakhstan-executive-summary.r1",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert!(v["item"]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Stop targeting NGOs")));
    let related = v["related"].as_array().expect("related");
    assert_eq!(related.len(), 1);
    assert_eq!(
        related[0]["report_id"],
        "fpc-2021-09-30-responding-to-retreating-rights"
    );
    assert_eq!(related[0]["date"], "2021-09-30");
    assert_eq!(related[0]["similarity"], 1.0);
    let o = steppe(&["history", "fpc-2021-07-22-kazakhstan-executive-summary.r1"]);
    assert!(stdout(&o).contains("Also recommended in (newest first):"));
}

#[test]
fn filters_alone_list_everything_they_allow() {
    let o = steppe(&["search", "@kaz !rec", "--json", "--limit", "500"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let hits = json["hits"].as_array().unwrap();
    assert!(hits.len() > 10, "{}", hits.len());
    assert_eq!(json["total"].as_u64(), Some(hits.len() as u64));
    for hit in hits {
        assert_eq!(hit["kind"], "recommendation");
        let countries = hit["countries"].as_array().unwrap();
        assert!(countries.iter().any(|c| c == "Kazakhstan"), "{hit}");
    }
}

#[test]
fn search_says_how_many_match_beyond_the_limit() {
    let o = steppe(&["search", "government", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let shown = json["hits"].as_array().unwrap().len();
    let total = json["total"].as_u64().unwrap() as usize;
    assert_eq!(shown, 20);
    assert!(total > shown, "{total}");
    // In a terminal the count goes to stderr (a pipe gets the hits alone).
    let (mut master, slave) = common::pty::open(120, 40);
    let mut child = common::pty::spawn(common::bin(), &["search", "government"], slave);
    let bytes = common::pty::read_until(&mut master, std::time::Duration::from_secs(2), |b| {
        String::from_utf8_lossy(b).contains("shows them all")
    });
    let _ = child.wait();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains(&format!(
            "20 of {total} shown; --limit {total} shows them all"
        )),
        "{text}"
    );
    let piped = steppe(&["search", "government"]);
    assert!(!stderr(&piped).contains("shown"), "{}", stderr(&piped));
}

#[test]
fn without_a_terminal_the_reader_says_what_to_do() {
    // setsid: a new session without a controlling terminal, as under cron or `ssh host steppe`.
    let o = Command::new("setsid")
        .arg("-w")
        .arg(env!("CARGO_BIN_EXE_steppe"))
        .env("XDG_CONFIG_HOME", "/nonexistent-steppe-config")
        .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
        .env_remove("STEPPE_LIBRARY")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("setsid");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(err.contains("ssh -t"), "{err}");
    assert!(err.contains("steppe search"), "{err}");
    assert!(!err.contains("os error 6\n"), "{err}");
}

#[test]
fn one_resolver_for_at_country_flags_and_compare() {
    // `u` is Uzbekistan everywhere: the one subject country among the names starting with u.
    let by_flag = steppe(&["search", "civil", "--country", "u", "--json"]);
    assert_eq!(by_flag.status.code(), Some(0), "{}", stderr(&by_flag));
    let by_filter = steppe(&["search", "civil @u", "--json"]);
    assert_eq!(
        stdout(&by_flag),
        stdout(&by_filter).replace("civil @u", "civil")
    );
    let compared = steppe(&["compare", "u", "kaz"]);
    assert_eq!(compared.status.code(), Some(0), "{}", stderr(&compared));
    assert!(stdout(&compared).starts_with("Uzbekistan · Kazakhstan"));
}

/// A folder given as a PATH with more warnings than a look-up should print: every error, the
/// first twenty warnings and a count of the rest, which `steppe check` lists.
#[test]
fn a_command_prints_twenty_warnings_and_counts_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.txt"),
        "A title\n\nRecommendations\n\nThe Government of Kazakhstan should release all journalists held for their work.\n",
    )
    .expect("write report");
    let keys: String = (1..=25).map(|i| format!("unknown_{i} = 1\n")).collect();
    std::fs::write(dir.path().join("a.toml"), keys).expect("write metadata");
    let path = dir.path().to_string_lossy().to_string();
    let out = steppe(&["search", "journalists", &path]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("release all journalists"));
    let err = stderr(&out);
    assert_eq!(
        err.matches("warning: unknown metadata key").count(),
        20,
        "{err}"
    );
    assert!(
        err.ends_with("steppe: 5 more warnings not shown; `steppe check` lists them all\n"),
        "{err}"
    );
    let check = steppe(&["check", &path]);
    assert_eq!(
        stdout(&check)
            .matches("warning: unknown metadata key")
            .count()
            + stderr(&check)
                .matches("warning: unknown metadata key")
                .count(),
        25
    );
}
