//! UI tests of the reader: the real loop (`steppe::tui::run`) drawing into ratatui's
//! `TestBackend`, driven by key names, asserting on the screen the user would see.

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use steppe::tui::{self, AppState, Focus, ScriptedHost};

/// Runs the reader on the built-in reports with the given keys; returns the state and screen.
fn run_keys(width: u16, height: u16, keys: &str) -> (AppState, Vec<String>, ScriptedHost) {
    let mut state = AppState::builtin();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut host = ScriptedHost::keys(keys);
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    let screen = screen(&terminal);
    (state, screen, host)
}

fn screen(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            let mut line = String::new();
            let mut x = 0;
            while x < buffer.area.width {
                let cell = &buffer[(x, y)];
                line.push_str(cell.symbol());
                x += unicode_width::UnicodeWidthStr::width(cell.symbol()).max(1) as u16;
            }
            line
        })
        .collect()
}

fn contains(screen: &[String], text: &str) -> bool {
    screen.iter().any(|l| l.contains(text))
}

fn dump(screen: &[String]) -> String {
    screen.join("\n")
}

const TO_TAJIK_GOVERNMENT: &str = "j j enter j j j j j j enter";

#[test]
fn navigation_reaches_the_14_recommendations_to_the_government_of_tajikistan() {
    let (state, screen, _) = run_keys(160, 48, TO_TAJIK_GOVERNMENT);
    let text = dump(&screen);
    assert_eq!(state.focus, Focus::Items);
    assert!(
        text.contains("Tajikistan › FPC 2021 › For the Government of Tajikistan"),
        "{text}"
    );
    assert!(text.contains("To the Government of Tajikistan"), "{text}");
    let recs = screen.iter().filter(|l| l.contains("● ")).count();
    assert_eq!(recs, 14, "{text}");
    assert!(text.contains("End the harassment of"), "{text}");
    assert!(text.contains("Tackle domestic violence"), "{text}");
}

#[test]
fn layout_at_160x48_shows_four_panes() {
    let (_, screen, _) = run_keys(160, 48, TO_TAJIK_GOVERNMENT);
    let text = dump(&screen);
    for title in [
        "Countries",
        "Tajikistan · reports",
        "For the Government of Tajikistan",
        "Reading",
    ] {
        assert!(text.contains(title), "{title} missing:\n{text}");
    }
    // Every country is listed with its counts, and the regional entry last.
    for row in [
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Turkmenistan",
        "Uzbekistan",
        "All / Regional",
    ] {
        assert!(text.contains(row), "{row}");
    }
    assert!(contains(&screen, "29/20"), "Kazakhstan counts\n{text}");
    // Borders line up: every row is exactly 160 cells wide and the corners meet.
    for line in &screen {
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(line.as_str()),
            160,
            "{line}"
        );
    }
    assert!(screen[0].starts_with('┌') || screen[0].starts_with('┏'));
}

#[test]
fn layout_at_80x24_shows_two_panes_without_cutting_the_reading_pane() {
    let (_, screen, _) = run_keys(80, 24, &format!("{TO_TAJIK_GOVERNMENT} j enter"));
    let text = dump(&screen);
    assert!(text.contains("Reading"), "{text}");
    assert!(!text.contains("Countries ·"), "{text}");
    // The whole first recommendation is readable in the reading pane.
    let reading: String = screen
        .iter()
        .filter_map(|l| l.split_once('┃').map(|(_, r)| r.to_string()))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(reading.contains("End the harassment"), "{text}");
    assert!(
        reading.contains("Recommendation to the Government of"),
        "{text}"
    );
    assert!(text.contains("Id:"), "{text}");
    for line in &screen {
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(line.as_str()),
            80,
            "{line}"
        );
    }
}

#[test]
fn help_overlay_lists_the_keymap_in_force() {
    let (state, screen, _) = run_keys(100, 40, "?");
    let text = dump(&screen);
    assert!(matches!(state.overlay, Some(tui::Overlay::Help { .. })));
    assert!(text.contains("Keys"), "{text}");
    for (action, key) in [
        (tui::Action::MoveDown, "j, down"),
        (tui::Action::Quit, "q, ctrl-c"),
        (tui::Action::ToggleRecommendations, "r"),
    ] {
        let row = screen
            .iter()
            .find(|l| l.contains(action.description()))
            .unwrap_or_else(|| panic!("{action} missing\n{text}"));
        assert!(row.contains(key), "{row}");
    }
    // Closing it brings the panes back.
    let (state, screen, _) = run_keys(100, 40, "? esc");
    assert!(state.overlay.is_none());
    assert!(!dump(&screen).contains("show this help"));
}

#[test]
fn help_follows_a_user_keymap() {
    let mut state = AppState::builtin();
    state.keymap = tui::Keymap::with_user("[global]\nx = \"quit\"\n", "mine.toml").unwrap();
    let mut terminal = Terminal::new(TestBackend::new(100, 40)).unwrap();
    let mut host = ScriptedHost::keys("?");
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    let screen = screen(&terminal);
    let row = screen.iter().find(|l| l.contains("quit steppe")).unwrap();
    for key in ["q", "ctrl-c", "x"] {
        assert!(row.contains(key), "{row}");
    }
}

#[test]
fn recommendations_filter_shows_in_the_status_bar_and_hides_findings() {
    let (state, screen, _) = run_keys(160, 48, "r j j");
    let text = dump(&screen);
    assert!(text.contains("[recommendations only]"), "{text}");
    assert!(!text.contains("Turkmenistan"), "{text}");
    assert_eq!(state.country_node().unwrap().scope.label(), "Tajikistan");
    assert!(contains(&screen, "37/0"), "{text}");
    // Every item listed is a recommendation.
    let (_, screen, _) = run_keys(160, 48, "r j j enter enter");
    assert!(
        !screen.iter().any(|l| l.contains("¶ ")),
        "{}",
        dump(&screen)
    );
    // Toggling again restores everything.
    let (_, screen, _) = run_keys(160, 48, "r r");
    assert!(contains(&screen, "Turkmenistan"));
    assert!(!contains(&screen, "[recommendations only]"));
}

#[test]
fn theme_filter_picker_filters_items() {
    let state = AppState::builtin();
    let (id, label) = state.themes[0].clone();
    let (state, screen, _) = run_keys(160, 48, "t j enter");
    let text = dump(&screen);
    assert_eq!(state.filter.theme.as_deref(), Some(id.as_str()));
    assert!(text.contains(&format!("[theme: {label}]")), "{text}");
    for country in &state.tree.countries {
        for (_, section) in country.sections() {
            for at in &section.items {
                let (_, _, item) = state.resolve(*at).unwrap();
                assert!(item.themes.contains(&id));
            }
        }
    }
}

#[test]
fn too_small_terminal_shows_a_message() {
    let (_, screen, _) = run_keys(50, 12, "j");
    let text = dump(&screen);
    assert!(text.contains("Terminal too small"), "{text}");
    assert!(text.contains("60×15"), "{text}");
}

#[test]
fn copy_puts_the_item_with_its_citation() {
    let (state, _, host) = run_keys(120, 40, &format!("{TO_TAJIK_GOVERNMENT} j y Y"));
    assert_eq!(host.copied.len(), 2);
    let (_, _, item) = state.current().unwrap();
    assert!(host.copied[0].starts_with("Recommendation to the Government of Tajikistan:"));
    assert!(host.copied[0].contains(&item.text));
    assert!(host.copied[0].contains("Foreign Policy Centre"));
    assert!(host.copied[0].contains(&item.id));
    assert_eq!(host.copied[1], item.text);
    let status = state.status.clone().unwrap();
    assert!(status
        .text
        .starts_with(&format!("copied {} characters", item.text.chars().count())));
}

#[test]
fn cursor_sits_on_the_selected_row() {
    let mut state = AppState::builtin();
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let mut host = ScriptedHost::keys("j j");
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    // Countries: row 0 is the border, Tajikistan is the third entry.
    terminal.backend_mut().assert_cursor_position((1, 3));
}

#[test]
fn unknown_features_say_they_are_not_available_yet() {
    let (state, _, _) = run_keys(120, 40, "c");
    let status = state.status.unwrap();
    assert!(status.text.contains("not available yet"), "{}", status.text);
}
