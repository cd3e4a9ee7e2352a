//! The keys and terminals people expect (issue 12) and the reader's input faults (issue 16,
//! items 4–7), through the real loop drawing into `TestBackend`: ctrl-c cancels the prompt, q
//! closes the comparison, Esc goes back from the reading pane, ←/→ edit in the prompt, ctrl-l
//! repaints, ctrl-z suspends, pastes are text, the theme picker takes typing, find-in-item, filter-only
//! queries, ASCII frames, the light theme.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use crossterm::event::Event;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

mod common;

use common::screen::{lines as screen, typed};
use steppe::tui::{self, AppState, ColorScheme, Focus, Overlay, Palette, ScriptedHost};

fn run_host(state: &mut AppState, width: u16, height: u16, host: &mut ScriptedHost) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    tui::run(&mut terminal, state, host).unwrap();
    screen(&terminal).join("\n")
}

fn run(width: u16, height: u16, keys: &str) -> (AppState, String, ScriptedHost) {
    let mut state = common::state::builtin();
    let mut host = ScriptedHost::keys(keys);
    let text = run_host(&mut state, width, height, &mut host);
    (state, text, host)
}

const TO_TAJIK_GOVERNMENT: &str = "j j enter j j j j j j enter";

#[test]
fn ctrl_c_in_the_prompt_cancels_and_does_not_quit() {
    let (state, text, _) = run(100, 30, &format!("/ {} ctrl-c", typed("tax")));
    assert!(!state.quit, "{text}");
    assert_eq!(state.overlay, None, "{text}");
    assert!(text.contains("Countries"), "{text}");
    // Out of the prompt, ctrl-c still quits.
    let (state, _, _) = run(100, 30, "ctrl-c");
    assert!(state.quit);
}

#[test]
fn q_in_the_comparison_closes_it_and_q_in_the_tree_quits() {
    let (state, text, _) = run(160, 48, &format!("c {} enter q", typed("taj")));
    assert!(!state.quit, "{text}");
    assert!(state.compare.is_none(), "{text}");
    assert!(text.contains("Countries"), "{text}");
    let (state, _, _) = run(160, 48, &format!("c {} enter q q", typed("taj")));
    assert!(state.quit);
}

#[test]
fn esc_in_the_reading_pane_goes_back_to_the_items() {
    let (state, _, _) = run(160, 48, &format!("{TO_TAJIK_GOVERNMENT} enter"));
    assert_eq!(state.tree.focus, Focus::Reader);
    let (state, _, _) = run(160, 48, &format!("{TO_TAJIK_GOVERNMENT} enter esc"));
    assert_eq!(state.tree.focus, Focus::Items);
    assert!(!state.quit);
}

#[test]
fn left_and_right_move_the_prompt_cursor_and_typing_inserts_there() {
    // "tx", two lefts… one left, then "a": "tax".
    let (state, text, _) = run(100, 30, &format!("/ {} left a", typed("tx")));
    assert_eq!(state.search.input.text(), "tax", "{text}");
    assert!(!state.search.hits.is_empty());
    // ctrl-a, then a word typed at the start; right moves back along it.
    let (state, _, _) = run(
        100,
        30,
        &format!("/ {} ctrl-a {} right right", typed("tax"), typed("ngo ")),
    );
    assert_eq!(state.search.input.text(), "ngo tax");
    assert_eq!(state.search.input.cursor(), 6);
    // ctrl-w deletes the word before the cursor; h and l type (they are not motions here).
    let (state, _, _) = run(100, 30, &format!("/ {} ctrl-w h l", typed("ngo tax")));
    assert_eq!(state.search.input.text(), "ngo hl");
}

#[test]
fn ctrl_l_repaints_and_ctrl_z_suspends_then_redraws() {
    let (state, _, host) = run(100, 30, "j ctrl-l");
    assert_eq!(host.repainted, 1);
    assert!(!state.quit);
    let (_, text, host) = run(100, 30, "j ctrl-z j");
    assert_eq!(host.suspended, 1);
    assert_eq!(host.repainted, 1, "a resume draws everything again");
    assert!(text.contains("Countries"), "{text}");
    // In the prompt too (keys that type nothing reach the global repaint).
    let (state, _, host) = run(100, 30, "/ ctrl-l");
    assert_eq!(host.repainted, 1);
    assert_eq!(state.overlay, Some(Overlay::Search));
}

#[test]
fn a_paste_is_prompt_text_capped_and_searched_once() {
    let mut state = common::state::builtin();
    let mut host = ScriptedHost::keys("/");
    let pasted = format!("tax q\n{}\u{3}", "ngo ".repeat(2000));
    host.events.push_back(Event::Paste(pasted));
    let text = run_host(&mut state, 100, 30, &mut host);
    assert!(!state.quit, "{text}");
    assert_eq!(state.overlay, Some(Overlay::Search));
    let input = state.search.input.text();
    assert!(input.starts_with("tax q ngo ngo"), "{input:?}");
    assert_eq!(input.chars().count(), tui::input::MAX_INPUT);
    assert!(!input.contains(['\n', '\u{3}']));
    let status = state.status.unwrap().text;
    assert!(status.contains("at most 256 characters"), "{status}");
    // Outside a prompt a paste does nothing but say so.
    let mut state = common::state::builtin();
    let mut host = ScriptedHost::default();
    host.events.push_back(Event::Paste("q".to_string()));
    run_host(&mut state, 100, 30, &mut host);
    assert!(!state.quit);
    assert!(state.status.unwrap().text.contains("paste ignored"));
}

#[test]
fn the_theme_picker_takes_typing() {
    let (state, text, _) = run(160, 48, &format!("t {} enter", typed("corr")));
    assert_eq!(
        state.tree.filter.theme.as_deref(),
        Some("corruption"),
        "{text}"
    );
    // The comparison's theme picker is the same picker.
    let (state, text, _) = run(
        160,
        48,
        &format!("c {} enter t {} enter", typed("taj"), typed("civil")),
    );
    let view = state.compare.as_ref().unwrap();
    assert_eq!(
        view.comparison.options.theme.as_ref().map(|t| t.as_str()),
        Some("civil-society"),
        "{text}"
    );
}

#[test]
fn find_in_the_item_highlights_and_steps_with_n() {
    let keys = format!("{TO_TAJIK_GOVERNMENT} j enter f {} enter", typed("the"));
    let (state, text, _) = run(100, 30, &keys);
    let find = state.reader.find.as_ref().unwrap();
    assert!(!find.typing);
    let count = find.count.get();
    assert!(count >= 2, "{count}: {text}");
    let status = state.status.as_ref().unwrap().text.clone();
    assert_eq!(status, format!("match 1 of {count} (n next, N previous)"));
    let (state, _, _) = run(100, 30, &format!("{keys} n n N"));
    assert_eq!(state.reader.find.as_ref().unwrap().current, 1);
    assert_eq!(state.status.unwrap().text, format!("match 2 of {count}"));
    // Not in the item: said so.
    let (state, _, _) = run(
        100,
        30,
        &format!("{TO_TAJIK_GOVERNMENT} j enter f {} enter", typed("zzyzx")),
    );
    assert!(state.status.unwrap().text.contains("is not in this item"));
}

#[test]
fn filters_alone_list_everything_they_allow() {
    let (state, text, _) = run(120, 40, &format!("/ {}", typed("@kaz !rec")));
    assert!(state.search.hits.len() > 10, "{text}");
    for hit in &state.search.hits {
        let (_, _, item) = state.corpus.get(hit.at).unwrap();
        assert!(item.countries.iter().any(|c| c == "Kazakhstan"));
        assert_eq!(item.kind, steppe::ItemKind::Recommendation);
    }
    assert!(!text.contains("no matches"), "{text}");
}

#[test]
fn ascii_frames_hold_nothing_but_ascii() {
    let mut state = common::state::builtin();
    state.palette.ascii = true;
    let mut host = ScriptedHost::keys(&format!("{TO_TAJIK_GOVERNMENT} j enter"));
    let text = run_host(&mut state, 120, 40, &mut host);
    assert!(text.is_ascii(), "{text}");
    assert!(text.contains("+-") && text.contains('|'), "{text}");
    assert!(text.contains("End the harassment"), "{text}");
}

#[test]
fn ascii_frames_show_which_pane_has_the_focus() {
    // Without colour or bold (TERM=dumb) the focused pane must still stand out: its thick
    // border becomes `=`, the others keep `-`. The focus moves with Tab, and so does the `=`.
    let top_row = |keys: &str| {
        let mut state = common::state::builtin();
        state.palette.ascii = true;
        let mut host = ScriptedHost::keys(keys);
        let text = run_host(&mut state, 120, 40, &mut host);
        text.lines().next().unwrap_or_default().to_string()
    };
    let first = top_row("");
    let after_tab = top_row("tab");
    for row in [&first, &after_tab] {
        assert!(row.contains("==") && row.contains("--"), "{row}");
    }
    let focused_at = |row: &str| row.find('=');
    assert_ne!(
        focused_at(&first),
        focused_at(&after_tab),
        "{first}\n{after_tab}"
    );
}

#[test]
fn the_light_theme_draws_unfocused_borders_in_a_visible_grey() {
    let mut state = common::state::builtin();
    state.palette = Palette::new(ColorScheme::Light);
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let mut host = ScriptedHost::keys("");
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    // The items pane is not focused: its top-right corner is drawn in the border colour.
    let buffer = terminal.backend().buffer();
    let corner = &buffer[(159, 0)];
    assert_eq!(corner.symbol(), "┐");
    assert_eq!(corner.fg, ratatui::style::Color::Indexed(242));
}

#[test]
fn the_last_place_filters_comparison_and_history_come_back() {
    use steppe::tui::session::{restore, Session};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steppe/session.json");
    // Read an item with recommendations only, search once, then open a comparison.
    let keys = format!(
        "r {TO_TAJIK_GOVERNMENT} j enter / {} enter c {} enter s",
        typed("ngo tax"),
        typed("kyr")
    );
    let (state, _, _) = run(160, 48, &keys);
    let saved = Session::of(&state);
    saved.save(&path).unwrap();
    assert!(saved.recommendations_only);
    assert_eq!(saved.history, ["ngo tax"]);
    let item = state.current().unwrap().2.id.clone();

    let mut again = common::state::builtin();
    restore(&mut again, &path);
    assert_eq!(again.status, None, "{:?}", again.status);
    assert!(again.tree.filter.recommendations_only);
    assert_eq!(again.current().unwrap().2.id, item);
    assert_eq!(again.search.history, ["ngo tax"]);
    let view = again.compare.as_ref().expect("the comparison is back");
    assert_eq!(view.comparison.countries.len(), 2);
    assert_eq!(view.comparison.options.show, steppe::compare::Show::Shared);
    assert_eq!(Session::of(&again), saved);
}

#[test]
fn a_corrupt_or_old_session_file_is_ignored_with_a_message() {
    use steppe::tui::session::restore;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.json");
    for text in ["{ not json", "{\"version\": 999}", "\u{0}\u{1}garbage"] {
        std::fs::write(&path, text).unwrap();
        let mut state = common::state::builtin();
        restore(&mut state, &path);
        let status = state.status.expect("a message");
        assert!(
            status.text.contains("last session not restored"),
            "{}",
            status.text
        );
        assert_eq!(state.tree.focus, Focus::Countries);
    }
    // No file yet: nothing to say.
    let mut state = common::state::builtin();
    restore(&mut state, &dir.path().join("none.json"));
    assert!(state.status.is_none() || !state.status.unwrap().text.contains("session"));
}
