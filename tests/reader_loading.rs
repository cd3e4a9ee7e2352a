//! The reader's start from the cache (issue 14): its first frame is drawn from the reports'
//! heads and summaries while a worker decodes the reports and reads the search index. While
//! they load, what is not in yet says so (a TestBackend snapshot), the search prompt takes
//! typing, a comparison waits; once they are in, every screen and every search answer is the
//! one a reader over a fresh import gives. The first frame comes from the cache's record of the
//! reports, before their files are looked at; when a file changed or went since, the reader
//! shows the files' state once loaded.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use ratatui::backend::TestBackend;
use ratatui::Terminal;

mod common;

use std::path::{Path, PathBuf};

use steppe::corpus::ImportRules;
use steppe::library::{open, open_recorded, Request};
use steppe::tui::loading::Recheck;
use steppe::tui::{self, app, loading, AppState, Keymap, Palette};

/// A cache folder holding the built-in reports' imports (kept for the test's length).
fn warm_cache() -> tempfile::TempDir {
    let cache = tempfile::tempdir().expect("tempdir");
    let mut first = open(
        &request(),
        &ImportRules::builtin(),
        Some(cache.path().into()),
    )
    .expect("open");
    assert_eq!(first.reused, 0);
    let _ = first.search_index(&ImportRules::builtin());
    cache
}

fn request() -> Request {
    Request {
        no_library: true,
        lazy: true,
        ..Request::default()
    }
}

/// The reader as `steppe` starts it on a warm cache: before its loading worker has begun.
fn starting(cache: &tempfile::TempDir) -> AppState {
    starting_with(request(), cache.path())
}

/// The reader as `steppe` starts it for `request`: drawn from the cache's record of the
/// reports, the worker (not begun yet) to look at the files.
fn starting_with(request: Request, cache: &Path) -> AppState {
    let rules = ImportRules::builtin();
    let opened = open_recorded(&request, &rules, Some(cache.into())).expect("a record");
    assert_eq!(opened.imported, 0);
    let recheck = Recheck {
        request,
        cache_dir: Some(cache.into()),
    };
    loading::open_reader_checking(
        opened,
        Some(recheck),
        rules,
        Keymap::builtin(),
        Palette::default(),
        None,
    )
}

/// The reader without a cache, over everything loaded at once (what a fresh import shows).
fn fresh_reader(request: &Request) -> AppState {
    let rules = ImportRules::builtin();
    let request = Request {
        no_cache: true,
        lazy: false,
        ..request.clone()
    };
    let opened = open(&request, &rules, None).expect("open");
    AppState::new(opened.loaded, rules, Keymap::builtin(), Palette::default())
}

/// A folder of three reports (copies of fixtures), and a cache that has seen it once.
fn folder_and_cache() -> (tempfile::TempDir, tempfile::TempDir, Request) {
    let folder = tempfile::tempdir().expect("tempdir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for (from, to) in [
        ("tajikistan-briefing.md", "a.md"),
        ("kyrgyzstan-media-statement.txt", "b.txt"),
        ("un-committee-turkmenistan.txt", "c.txt"),
    ] {
        std::fs::copy(fixtures.join(from), folder.path().join(to)).expect("copy");
    }
    let request = Request {
        paths: vec![PathBuf::from(folder.path())],
        lazy: true,
        ..Request::default()
    };
    let cache = tempfile::tempdir().expect("tempdir");
    let first = open(&request, &ImportRules::builtin(), Some(cache.path().into())).expect("open");
    assert_eq!(first.imported, 3);
    (folder, cache, request)
}

/// The screen without the status bar's loading mark.
fn without_loading(screen: &str) -> String {
    let lines: Vec<String> = screen
        .lines()
        .map(|l| {
            l.replace(" [loading the reports…]", "")
                .trim_end()
                .to_string()
        })
        .collect();
    lines.join("\n") + "\n"
}

/// Sends keys (names separated by spaces) without running the loop: nothing is drawn, so the
/// loading worker, which starts after a frame, has not begun.
fn keys(state: &mut AppState, names: &str) {
    for name in names.split_whitespace() {
        app::handle_event(state, &tui::key_event(name));
    }
}

fn screen(state: &AppState, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| tui::view::draw(frame, state))
        .unwrap();
    let lines: Vec<String> = common::screen::lines(&terminal)
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .collect();
    lines.join("\n") + "\n"
}

/// Waits for the worker and puts what it loaded in place, as the loop does.
fn loaded(state: &mut AppState) {
    let ready = state.loading.as_ref().expect("loading").wait();
    app::install(state, ready);
    assert!(state.loading.is_none());
}

#[test]
fn the_first_frame_has_the_first_item_and_the_tree_of_a_fresh_import() {
    let cache = warm_cache();
    let mut state = starting(&cache);
    let fresh = common::state::builtin();
    // The reports are heads but the first selection's, decoded for the first frame.
    let whole = state
        .corpus
        .reports
        .iter()
        .filter(|r| !r.sections.is_empty())
        .count();
    assert_eq!(whole, 1);
    assert_eq!(*state.tree.nodes, *fresh.tree.nodes);
    // The same screen but the status bar's "[loading the reports…]".
    let first = screen(&state, 120, 40);
    assert!(first.contains("[loading the reports…]"), "{first}");
    assert_eq!(without_loading(&first), screen(&fresh, 120, 40));
    loaded(&mut state);
    assert_eq!(screen(&state, 120, 40), screen(&fresh, 120, 40));
    assert_eq!(state.corpus, fresh.corpus);
    assert_eq!(*state.tree.nodes, *fresh.tree.nodes);
}

#[test]
fn while_loading_items_say_so_and_the_screens_match_a_fresh_import_after() {
    let cache = warm_cache();
    let mut state = starting(&cache);
    // Down the sections to a report not decoded yet.
    let mut moves = String::from("l");
    keys(&mut state, "l");
    while state.current().is_some() {
        assert!(moves.len() < 80, "every section's report is decoded");
        keys(&mut state, "j");
        moves.push_str(" j");
    }
    assert!(state.item_ref().is_some());
    let moves = moves.as_str();
    let text = screen(&state, 80, 24);
    assert!(text.contains("loading…"), "{text}");
    insta::assert_snapshot!("reader_loading_80x24", text);
    // The tree and its counts are already whole: only the items wait.
    let mut fresh = common::state::builtin();
    keys(&mut fresh, moves);
    assert_eq!(state.tree.place(), fresh.tree.place());
    loaded(&mut state);
    assert_eq!(screen(&state, 80, 24), screen(&fresh, 80, 24));
    for more in ["l j j", "Tab", "h h k"] {
        keys(&mut state, more);
        keys(&mut fresh, more);
        assert_eq!(screen(&state, 160, 48), screen(&fresh, 160, 48), "{more}");
    }
}

#[test]
fn a_search_typed_while_loading_runs_when_the_index_is_in() {
    let cache = warm_cache();
    let mut state = starting(&cache);
    keys(&mut state, "/");
    keys(&mut state, "t o r t u r e");
    let text = screen(&state, 80, 24);
    assert!(text.contains("loading the reports"), "{text}");
    assert!(state.search.hits.is_empty());
    loaded(&mut state);
    let mut fresh = common::state::builtin();
    keys(&mut fresh, "/");
    keys(&mut fresh, "t o r t u r e");
    assert!(!fresh.search.hits.is_empty());
    assert_eq!(state.search.hits, fresh.search.hits);
    // Enter goes to the first hit, as in the fresh reader.
    keys(&mut state, "enter");
    keys(&mut fresh, "enter");
    assert_eq!(screen(&state, 120, 40), screen(&fresh, 120, 40));
}

#[test]
fn a_comparison_asked_for_while_loading_waits_with_a_message_then_opens() {
    let cache = warm_cache();
    let mut state = starting(&cache);
    keys(&mut state, "c");
    keys(&mut state, "c");
    let status = state
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(status.contains("still loading"), "{status}");
    assert!(state.overlay.is_none());
    // The key is not lost: the comparison's picker opens once the reports are in, as `c` in a
    // reader that had them from the start opens it (once, though `c` was pressed twice).
    loaded(&mut state);
    let mut fresh = common::state::builtin();
    keys(&mut fresh, "c");
    assert!(state.overlay.is_some());
    assert_eq!(screen(&state, 80, 24), screen(&fresh, 80, 24));
}

/// Starts on `request` after the files changed since the cache's record (`before`: the reader
/// of the files as recorded): the first frame is the record's, the reader once loaded is a
/// fresh import's, and the next start draws the new state at once.
fn changed_since_the_record(request: &Request, cache: &Path, before: &AppState) {
    let mut state = starting_with(request.clone(), cache);
    // (At 80 columns the countries and the sections: the reading pane would say that the
    // history of a recommendation is still being looked for.)
    let first = screen(&state, 80, 24);
    assert!(first.contains("[loading the reports…]"), "{first}");
    assert_eq!(without_loading(&first), screen(before, 80, 24));
    assert_eq!(*state.tree.nodes, *before.tree.nodes);
    loaded(&mut state);
    let after = fresh_reader(request);
    assert_ne!(screen(&after, 120, 40), screen(before, 120, 40));
    assert_eq!(state.corpus, after.corpus);
    assert_eq!(*state.tree.nodes, *after.tree.nodes);
    assert_eq!(state.problems.lines(), after.problems.lines());
    for size in [(120, 40), (80, 24)] {
        assert_eq!(
            screen(&state, size.0, size.1),
            screen(&after, size.0, size.1)
        );
    }
    let mut fresh = after.clone();
    for more in ["l j", "Tab j", "h j j", "!"] {
        keys(&mut state, more);
        keys(&mut fresh, more);
        assert_eq!(screen(&state, 160, 48), screen(&fresh, 160, 48), "{more}");
    }
    // The worker's look at the files was recorded: the next start draws the new state.
    let next = starting_with(request.clone(), cache);
    assert_eq!(
        without_loading(&screen(&next, 80, 24)),
        screen(&after, 80, 24)
    );
    assert_eq!(*next.tree.nodes, *after.tree.nodes);
}

#[test]
fn a_file_changed_between_two_starts_shows_its_new_state_once_loaded() {
    let (folder, cache, request) = folder_and_cache();
    let before = fresh_reader(&request);
    // Another country, another title, a recommendation: the tree and its counts change.
    std::fs::write(
        folder.path().join("b.txt"),
        "Kazakhstan: a note on the press law\n\nThe authorities of Kazakhstan closed two \
         newspapers in Almaty this spring.\n\nRecommendations\n\n- The Government of \
         Kazakhstan should repeal the article on false information.\n",
    )
    .expect("write");
    changed_since_the_record(&request, cache.path(), &before);
}

#[test]
fn a_file_removed_between_two_starts_is_gone_once_loaded() {
    let (folder, cache, request) = folder_and_cache();
    let before = fresh_reader(&request);
    std::fs::remove_file(folder.path().join("a.md")).expect("remove");
    changed_since_the_record(&request, cache.path(), &before);
}

#[test]
fn a_file_added_between_two_starts_is_in_once_loaded() {
    let (folder, cache, request) = folder_and_cache();
    let before = fresh_reader(&request);
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/un-upr-uzbekistan-2023.txt"),
        folder.path().join("d.txt"),
    )
    .expect("copy");
    changed_since_the_record(&request, cache.path(), &before);
}

#[test]
fn unchanged_files_keep_the_tree_drawn_from_the_record() {
    let (_folder, cache, request) = folder_and_cache();
    let mut state = starting_with(request.clone(), cache.path());
    let drawn = std::sync::Arc::clone(&state.tree.nodes);
    let ready = state.loading.as_ref().expect("loading").wait();
    // Nothing to put in place but the reports and the index: the tree stays as drawn.
    assert!(ready.summaries.is_none());
    assert!(ready.diagnostics.is_none());
    app::install(&mut state, ready);
    assert!(std::sync::Arc::ptr_eq(&drawn, &state.tree.nodes));
    let fresh = fresh_reader(&request);
    assert_eq!(state.corpus, fresh.corpus);
    assert_eq!(screen(&state, 120, 40), screen(&fresh, 120, 40));
}

#[test]
fn a_folder_named_but_gone_is_not_opened_from_the_record() {
    let (folder, cache, request) = folder_and_cache();
    drop(folder);
    assert!(open_recorded(&request, &ImportRules::builtin(), Some(cache.path().into())).is_none());
}
