//! Search in the reader (issue 5), drawn into ratatui's `TestBackend` by the real loop and
//! driven by key names: the `/` prompt, hits with highlights, preview, Enter/Esc, `n`/`N`,
//! history, filter chips, "no matches" and the help text.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use ratatui::Terminal;

mod common;

use common::screen::{text as screen, typed};
use steppe::tui::{self, AppState, Focus, Overlay, ScriptedHost};

fn run(width: u16, height: u16, keys: &str) -> (AppState, Terminal<TestBackend>) {
    let mut state = common::state::builtin();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut host = ScriptedHost::keys(keys);
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    (state, terminal)
}

fn current_id(state: &AppState) -> String {
    state
        .current()
        // The positional id (kept as an alias since stable ids) names the item readably.
        .map(|(_, _, i)| i.aliases.first().cloned().unwrap_or_else(|| i.id.clone()))
        .unwrap_or_default()
}

const DEPLOY: &str = "fpc-2021-09-30-responding-to-retreating-rights.r15";
const IMPLEMENT: &str = "fpc-2021-05-17-tajikistan-conclusions.r16";

#[test]
fn typing_magnitsky_lists_the_two_recommendations_first_and_previews_the_first() {
    let (state, terminal) = run(80, 24, &format!("/ {}", typed("magnitsky")));
    let text = screen(&terminal);
    assert_eq!(state.overlay, Some(Overlay::Search));
    assert_eq!(state.search.hits.len(), 6, "{text}");
    assert!(text.contains("/magnitsky"), "{text}");
    assert!(text.contains("1/6"), "{text}");
    let deploy = text.find("Deploy ‘Magnitsky’").expect(&text);
    let implement = text.find("Implement Magnitsky").expect(&text);
    assert!(deploy < implement, "{text}");
    // The hit is about three countries; Kazakhstan, where the search started, leads.
    assert!(text.contains("recommendation · Kazakhstan +2"), "{text}");
    assert!(text.contains("FPC 2021"), "{text}");
    // The reading pane previews the selected hit.
    assert_eq!(current_id(&state), DEPLOY);
    assert!(text.contains("responsible for human rights"), "{text}");
    // Matched words are highlighted (bold + underlined) in the list and in the reading pane.
    let buffer = terminal.backend().buffer();
    let highlighted: Vec<(u16, u16)> = (0..24)
        .flat_map(|y| (0..80).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let cell = &buffer[(x, y)];
            cell.symbol() == "M" && cell.modifier.contains(Modifier::UNDERLINED)
        })
        .collect();
    // At 80 columns the hits take three fifths of the width, the preview the rest.
    assert!(highlighted.iter().any(|&(x, _)| x < 47), "{highlighted:?}");
    assert!(highlighted.iter().any(|&(x, _)| x > 48), "{highlighted:?}");
}

#[test]
fn down_and_ctrl_n_move_with_a_live_preview() {
    let (state, _) = run(80, 24, &format!("/ {} down", typed("magnitsky")));
    assert_eq!(state.search.selected, 1);
    assert_eq!(current_id(&state), IMPLEMENT);
    let (state, _) = run(
        80,
        24,
        &format!("/ {} ctrl-n ctrl-n ctrl-p", typed("magnitsky")),
    );
    assert_eq!(state.search.selected, 1);
    assert_eq!(current_id(&state), IMPLEMENT);
}

#[test]
fn enter_jumps_to_the_item_and_the_jump_list_goes_back() {
    let (state, terminal) = run(80, 24, &format!("/ {} down enter", typed("magnitsky")));
    let text = screen(&terminal);
    assert_eq!(state.overlay, None);
    assert_eq!(state.tree.focus, Focus::Reader);
    assert_eq!(current_id(&state), IMPLEMENT);
    assert!(
        text.contains("Tajikistan › FPC 2021-05 Tajikistan › For Western Countries"),
        "{text}"
    );
    assert!(text.contains("[/magnitsky 2/6]"), "{text}");
    let (state, _) = run(
        80,
        24,
        &format!("/ {} down enter ctrl-o", typed("magnitsky")),
    );
    assert_eq!(state.tree.focus, Focus::Countries);
    assert_eq!(state.tree.selected(Focus::Countries), 0);
}

#[test]
fn the_preview_stands_where_enter_lands() {
    // Typing "m", "ma", … previews hits about other countries on the way; the first hit of
    // "magnitsky" is also about Kazakhstan, where the search started, so it is shown there,
    // and Enter lands on the same breadcrumb.
    let keys = format!("/ {}", typed("magnitsky"));
    let (previewed, _) = run(80, 24, &keys);
    let (landed, _) = run(80, 24, &format!("{keys} enter"));
    assert_eq!(current_id(&previewed), DEPLOY);
    assert_eq!(current_id(&landed), DEPLOY);
    assert_eq!(previewed.breadcrumb(), landed.breadcrumb());
    assert_eq!(
        previewed.breadcrumb().first().map(String::as_str),
        Some("Kazakhstan")
    );
}

#[test]
fn esc_restores_the_view_from_before_the_search() {
    let (before, _) = run(80, 24, "j j enter j");
    let (state, _) = run(
        80,
        24,
        &format!("j j enter j / {} down esc", typed("magnitsky")),
    );
    assert_eq!(state.overlay, None);
    assert_eq!(state.tree.focus, before.tree.focus);
    assert_eq!(state.place(), before.place());
    assert!(state.tree.back.is_empty());
}

#[test]
fn n_and_shift_n_step_through_the_last_results_with_a_position() {
    let keys = format!("/ {} enter n", typed("magnitsky"));
    let (state, terminal) = run(80, 24, &keys);
    assert_eq!(current_id(&state), IMPLEMENT);
    assert!(screen(&terminal).contains("[/magnitsky 2/6]"));
    let (state, terminal) = run(80, 24, &format!("{keys} N N"));
    assert!(screen(&terminal).contains("[/magnitsky 6/6]"));
    assert_eq!(state.search.last.as_ref().map(|l| l.at), Some(5));
    let (_, terminal) = run(80, 24, "n");
    assert!(screen(&terminal).contains("no search yet"));
}

#[test]
fn empty_query_shows_nothing_and_no_hits_keeps_the_prompt() {
    let (state, terminal) = run(80, 24, "/");
    let text = screen(&terminal);
    assert!(state.search.hits.is_empty());
    assert!(!text.contains("no matches"), "{text}");
    assert!(text.contains("@country #theme !rec"), "{text}");
    let (state, terminal) = run(80, 24, &format!("/ {} enter", typed("qqqzzz")));
    let text = screen(&terminal);
    assert_eq!(state.overlay, Some(Overlay::Search));
    assert!(text.contains("no matches"), "{text}");
}

#[test]
fn up_on_an_empty_prompt_recalls_earlier_queries() {
    let keys = format!(
        "/ {} enter / {} enter / up",
        typed("askarov"),
        typed("ngo tax")
    );
    let (state, _) = run(80, 24, &keys);
    assert_eq!(state.search.input.text(), "ngo tax");
    let (state, _) = run(80, 24, &format!("{keys} up"));
    assert_eq!(state.search.input.text(), "askarov");
    assert_eq!(state.search.hits.len(), 3);
}

#[test]
fn filters_show_as_chips_and_narrow_the_hits() {
    let (state, terminal) = run(100, 30, &format!("/ {}", typed("ngo tax @kaz !rec")));
    let text = screen(&terminal);
    assert!(text.contains(" Kazakhstan "), "{text}");
    assert!(text.contains(" recommendations "), "{text}");
    assert!(!state.search.hits.is_empty());
    let first = current_id(&state);
    assert!(first.contains(".r"), "{first}");
    assert!(text.contains("Stop targeting NGOs"), "{text}");
    let (_, terminal) = run(100, 30, &format!("/ {}", typed("tax @zzz")));
    assert!(screen(&terminal).contains("no country matches \"zzz\""));
}

#[test]
fn typo_hits_are_marked_approximate() {
    let (state, terminal) = run(120, 30, &format!("/ {}", typed("magnistky")));
    let text = screen(&terminal);
    assert!(state.search.hits.iter().all(|h| h.approximate));
    assert!(text.contains("≈ approximate"), "{text}");
    assert!(text.contains("Magnitsky"), "{text}");
}

#[test]
fn help_documents_the_search_syntax() {
    let (_, terminal) = run(100, 60, "? G");
    let text = screen(&terminal);
    for needle in ["@kaz", "#corruption", "!rec", "earlier queries"] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
}

#[test]
fn the_reader_searches_with_the_rules_the_reports_were_read_with() {
    // A user themes.toml (as with --rules DIR) with a theme of its own.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("themes.toml"),
        "[[theme]]\nid = \"water\"\nlabel = \"Water & dams\"\nkeywords = [\"dam$\", \"water\"]\n",
    )
    .unwrap();
    let rules = steppe::corpus::ImportRules::with_overrides(dir.path()).unwrap();
    let loaded = steppe::corpus::load(
        &steppe::Sources {
            paths: Vec::new(),
            builtin: true,
        },
        &rules,
    )
    .unwrap();
    let mut state = AppState::new(
        loaded,
        rules,
        steppe::tui::Keymap::builtin(),
        steppe::tui::Palette::default(),
    );
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut host = steppe::tui::ScriptedHost::keys(&format!("/ {}", typed("#water")));
    steppe::tui::run(&mut terminal, &mut state, &mut host).unwrap();
    assert!(
        state.search.query.problems.is_empty(),
        "{:?}",
        state.search.query.problems
    );
    assert_eq!(
        state.search.query.theme.as_ref().map(|t| t.as_str()),
        Some("water")
    );
    assert_eq!(
        state.themes,
        [("water".to_string(), "Water & dams".to_string())]
    );
}

/// On a large corpus (here: any, the threshold lowered) the whole search runs on the worker
/// thread: a keystroke shows the typed text at once with the earlier hits marked "searching…",
/// the new hits come with the next poll and equal what a search on the UI thread finds, and
/// Enter before they come opens a hit of what was typed, not of the earlier query.
#[test]
fn on_a_large_corpus_typing_never_waits_for_the_search() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    let key = |state: &mut AppState, name: &str| {
        tui::app::handle_event(state, &tui::key_event(name));
    };
    let draw = |state: &AppState| {
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
        terminal
            .draw(|frame| tui::view::draw(frame, state))
            .unwrap();
        screen(&terminal)
    };
    let mut reference = common::state::builtin();
    for name in ["/", "t", "a", "x"] {
        key(&mut reference, name);
    }
    let expected: Vec<_> = reference.search.hits.iter().map(|h| h.at).collect();
    assert!(expected.len() >= 3, "{expected:?}");

    let mut state = common::state::builtin();
    let wake = Arc::new(AtomicBool::new(false));
    state.search.background = Some(Arc::clone(&wake));
    state.search.background_from = 0;
    key(&mut state, "/");
    for name in ["t", "a", "x"] {
        key(&mut state, name);
        let text = draw(&state);
        assert!(text.contains("searching…"), "{text}");
        tui::app::after_frame(&mut state);
        let start = Instant::now();
        while !tui::app::poll(&mut state) {
            assert!(start.elapsed() < Duration::from_secs(20), "no answer");
            std::thread::sleep(Duration::from_millis(2));
        }
        assert!(wake.swap(false, Ordering::SeqCst), "the loop was not woken");
        let text = draw(&state);
        assert!(!text.contains("searching…"), "{text}");
    }
    let found: Vec<_> = state.search.hits.iter().map(|h| h.at).collect();
    assert_eq!(found, expected);

    // Enter while the worker still searches: the hit is one of "tax", not of "ta".
    key(&mut state, "backspace");
    key(&mut state, "x");
    key(&mut state, "enter");
    assert_eq!(state.current().map(|(_, _, i)| i.id.clone()), {
        let at = expected[0];
        reference.resolve(at).map(|(_, _, i)| i.id.clone())
    });
}

/// The prompt's title names the keys the keymap has for opening and going back, not fixed words.
#[test]
fn the_prompt_title_names_the_keymap_keys() {
    let (_, terminal) = run(80, 24, "/");
    assert!(
        screen(&terminal).contains("Search · enter opens · esc back"),
        "{}",
        screen(&terminal)
    );
    let mut state = common::state::builtin();
    state.keymap = tui::Keymap::with_user(
        "[prompt]\nenter = \"none\"\n\"ctrl-j\" = \"open\"\n",
        "mine.toml",
    )
    .unwrap();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut host = ScriptedHost::keys("/");
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    let text = screen(&terminal);
    assert!(text.contains("Search · ctrl-j opens · esc back"), "{text}");
}
