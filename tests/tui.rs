//! UI tests of the reader: the real loop (`steppe::tui::run`) drawing into ratatui's
//! `TestBackend`, driven by key names, asserting on the screen the user would see.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use ratatui::backend::TestBackend;
use ratatui::Terminal;

mod common;

use common::screen::lines as screen;
use steppe::tui::{self, AppState, Focus, ScriptedHost};

/// Runs the reader on the built-in reports with the given keys; returns the state and screen.
fn run_keys(width: u16, height: u16, keys: &str) -> (AppState, Vec<String>, ScriptedHost) {
    let mut state = common::state::builtin();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut host = ScriptedHost::keys(keys);
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    let screen = screen(&terminal);
    (state, screen, host)
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
    assert_eq!(state.tree.focus, Focus::Items);
    assert!(
        text.contains("Tajikistan › FPC 2021-05 Tajikistan › For the Government of Tajikistan"),
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
    // Region references ("the region", "all three countries") count for each country of the
    // report, so Kazakhstan has the regional findings of the IPHR, FPC and HRW reports too.
    assert!(contains(&screen, "29/47"), "Kazakhstan counts\n{text}");
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
    let mut state = common::state::builtin();
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
    let state = common::state::builtin();
    let (id, label) = state.themes[0].clone();
    let (state, screen, _) = run_keys(160, 48, "t down enter");
    let text = dump(&screen);
    assert_eq!(state.tree.filter.theme.as_deref(), Some(id.as_str()));
    assert!(text.contains(&format!("[theme: {label}]")), "{text}");
    for country in &state.tree.nodes.countries {
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
        .starts_with(&format!("{} characters", item.text.chars().count())));
}

#[test]
fn cursor_sits_on_the_selected_row() {
    let mut state = common::state::builtin();
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let mut host = ScriptedHost::keys("j j");
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    // Countries: row 0 is the border, Tajikistan is the third entry.
    terminal.backend_mut().assert_cursor_position((1, 3));
}

fn run_state(
    state: &mut AppState,
    width: u16,
    height: u16,
    events: Vec<crossterm::event::Event>,
) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut host = ScriptedHost {
        events: events.into(),
        ..ScriptedHost::default()
    };
    tui::run(&mut terminal, state, &mut host).unwrap();
    screen(&terminal)
}

/// Loads report paths (and the built-in reports when `builtin`) with the built-in rules.
fn load(paths: Vec<std::path::PathBuf>, builtin: bool) -> steppe::corpus::Loaded {
    let sources = steppe::Sources { paths, builtin };
    steppe::corpus::load(&sources, &steppe::corpus::ImportRules::builtin()).unwrap()
}

/// The reader on loaded reports, with the built-in rules, keys and colours.
fn reader_on(loaded: steppe::corpus::Loaded) -> AppState {
    AppState::new(
        loaded,
        steppe::corpus::ImportRules::builtin(),
        tui::Keymap::builtin(),
        tui::Palette::default(),
    )
}

fn keys(names: &str) -> Vec<crossterm::event::Event> {
    names.split_whitespace().map(tui::key_event).collect()
}

fn mouse(kind: crossterm::event::MouseEventKind, column: u16, row: u16) -> crossterm::event::Event {
    crossterm::event::Event::Mouse(crossterm::event::MouseEvent {
        kind,
        column,
        row,
        modifiers: crossterm::event::KeyModifiers::NONE,
    })
}

#[test]
fn mouse_click_selects_and_wheel_scrolls() {
    use crossterm::event::{MouseButton, MouseEventKind};
    let mut state = common::state::builtin();
    // Countries pane at 160×48: rows start at y = 1; Tajikistan is the third row.
    let screen = run_state(
        &mut state,
        160,
        48,
        vec![mouse(MouseEventKind::Down(MouseButton::Left), 5, 3)],
    );
    assert_eq!(
        state.country_node().unwrap().scope.label(),
        "Tajikistan",
        "{}",
        dump(&screen)
    );
    assert_eq!(state.tree.focus, Focus::Countries);
    // The wheel over the countries pane moves the selection down.
    run_state(
        &mut state,
        160,
        48,
        vec![
            mouse(MouseEventKind::ScrollDown, 5, 10),
            mouse(MouseEventKind::ScrollDown, 5, 10),
        ],
    );
    assert_eq!(state.country_node().unwrap().scope.label(), "Uzbekistan");
    // A click on a report heading selects nothing but focuses the pane.
    run_state(
        &mut state,
        160,
        48,
        vec![mouse(MouseEventKind::Down(MouseButton::Left), 40, 1)],
    );
    assert_eq!(state.tree.focus, Focus::Sections);
}

#[test]
fn jump_list_goes_back_and_forward_through_items_read() {
    let mut state = common::state::builtin();
    run_state(
        &mut state,
        120,
        40,
        keys(&format!("{TO_TAJIK_GOVERNMENT} j enter")),
    );
    let first = state.current().unwrap().2.id.clone();
    assert_eq!(state.tree.focus, Focus::Reader);
    // Read another item through the outline: a jump.
    run_state(&mut state, 120, 40, keys("o down enter"));
    let second = state.current().unwrap().2.id.clone();
    assert_ne!(first, second);
    run_state(&mut state, 120, 40, keys("ctrl-o"));
    assert_eq!(state.current().unwrap().2.id, first);
    run_state(&mut state, 120, 40, keys("alt-right"));
    assert_eq!(state.current().unwrap().2.id, second);
    run_state(&mut state, 120, 40, keys("alt-right"));
    assert_eq!(state.status.as_ref().unwrap().text, "no later place");
}

#[test]
fn outline_lists_the_report_headings_and_jumps() {
    let mut state = common::state::builtin();
    let screen = run_state(
        &mut state,
        120,
        40,
        keys(&format!("{TO_TAJIK_GOVERNMENT} o")),
    );
    let text = dump(&screen);
    assert!(text.contains("Outline · FPC 2021"), "{text}");
    assert!(
        text.contains("For Western Countries and international organisations"),
        "{text}"
    );
    run_state(&mut state, 120, 40, keys("down enter"));
    assert_eq!(
        state.section_node().unwrap().1.label,
        "For Western Countries and international organisations"
    );
    assert!(state.overlay.is_none());
}

#[test]
fn next_and_previous_item_cross_sections() {
    let mut state = common::state::builtin();
    run_state(
        &mut state,
        120,
        40,
        keys(&format!("{TO_TAJIK_GOVERNMENT} G enter")),
    );
    let last = state.current().unwrap().2.text.clone();
    assert!(last.starts_with("Tackle domestic violence"), "{last}");
    run_state(&mut state, 120, 40, keys("]"));
    let (_, section, item) = state.current().unwrap();
    assert_eq!(
        section.heading.as_deref(),
        Some("For Western Countries and international organisations")
    );
    assert_eq!(
        item.addressee.as_deref(),
        Some("Western countries and international organisations")
    );
    run_state(&mut state, 120, 40, keys("["));
    assert_eq!(state.current().unwrap().2.text, last);
    assert_eq!(state.tree.focus, Focus::Reader);
}

#[test]
fn reader_scrolls_with_a_position_indicator() {
    let mut state = common::state::builtin();
    // A small reading pane: 60×15 shows only a few lines of a long item.
    let screen = run_state(
        &mut state,
        60,
        15,
        keys(&format!("{TO_TAJIK_GOVERNMENT} j enter")),
    );
    let text = dump(&screen);
    assert!(text.contains('%'), "{text}");
    assert!(!text.contains(" 100% "), "{text}");
    let screen = run_state(&mut state, 60, 15, keys("G"));
    assert!(dump(&screen).contains(" 100% "), "{}", dump(&screen));
    assert!(state.reader.scroll.offset() > 0);
    run_state(&mut state, 60, 15, keys("g"));
    assert_eq!(state.reader.scroll.offset(), 0);
}

#[test]
fn load_warnings_show_in_the_status_bar() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad-bytes.txt");
    std::fs::write(
        &path,
        b"Kazakhstan report\n\nThe government of Kazakhstan \xff\xfe detained critics.\n",
    )
    .unwrap();
    let loaded = load(vec![path], true);
    assert!(!loaded.diagnostics.is_empty());
    let mut state = reader_on(loaded);
    let screen = run_state(&mut state, 120, 40, Vec::new());
    let last = screen.last().unwrap();
    assert!(last.contains("1 warning (! shows it): "), "{last}");
    assert!(last.contains("bad-bytes.txt"), "{last}");

    // One file that cannot be used at all is "1 problem", not "1 warning".
    std::fs::write(dir.path().join("binary.txt"), b"\0\0\0").unwrap();
    let loaded = load(vec![dir.path().join("binary.txt")], true);
    let mut state = reader_on(loaded);
    let screen = run_state(&mut state, 120, 40, Vec::new());
    let last = screen.last().unwrap();
    assert!(last.contains("1 problem (! shows it): "), "{last}");
    assert!(last.contains("binary.txt:1: error"), "{last}");
}

#[test]
fn untrusted_text_cannot_reach_the_terminal_and_borders_hold() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("unicode.md");
    std::fs::write(
        &path,
        "# “Иностранные агенты” — 外国代理人 in Kazakhstan\u{1b}]0;pwned\u{7}\n\n\
         ## Рекомендации правительству Казахстана \u{1b}[31mred\n\n\
         The government of Kazakhstan should repeal the “foreign agents” law — 外国代理人法 — \
         and stop harassing Иван Петров’s colleagues.\n",
    )
    .unwrap();
    let loaded = load(vec![path], false);
    let mut state = reader_on(loaded);
    for (w, h) in [(160, 48), (80, 24), (61, 15)] {
        let screen = run_state(&mut state, w, h, keys("enter enter enter"));
        let text = dump(&screen);
        assert!(text.contains("Kazakhstan"), "{text}");
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text}"
        );
        for line in &screen {
            assert_eq!(
                unicode_width::UnicodeWidthStr::width(line.as_str()),
                w as usize,
                "{line}"
            );
        }
        // Right borders stay in one column on every pane row.
        let right: Vec<char> = screen[..screen.len() - 2]
            .iter()
            .map(|l| l.chars().last().unwrap())
            .collect();
        assert!(right.iter().all(|c| "│┃┐┓┘┛".contains(*c)), "{text}");
        state = AppState::new(
            steppe::corpus::Loaded {
                corpus: (*state.corpus).clone(),
                diagnostics: Vec::new(),
                chrome: Vec::new(),
            },
            steppe::corpus::ImportRules::builtin(),
            tui::Keymap::builtin(),
            tui::Palette::default(),
        );
    }
}

/// The reader on the built-in reports in a given palette, at 160×48, with the items pane focused
/// on the first recommendation to the Government of Tajikistan; returns the buffer.
fn render_in(palette: steppe::tui::Palette) -> ratatui::buffer::Buffer {
    let mut state = common::state::builtin();
    state.palette = palette;
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let mut host = ScriptedHost::keys(&format!("{TO_TAJIK_GOVERNMENT} j"));
    tui::run(&mut terminal, &mut state, &mut host).unwrap();
    terminal.backend().buffer().clone()
}

/// Where `text` starts on the screen (column, row); every cell before it must be one column
/// wide, as borders and Latin text are.
fn position_of(buffer: &ratatui::buffer::Buffer, text: &str) -> (u16, u16) {
    (0..buffer.area.height)
        .find_map(|y| {
            let line: Vec<&str> = (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect();
            let joined = line.concat();
            let at = joined.find(text)?;
            Some((joined[..at].chars().count() as u16, y))
        })
        .unwrap_or_else(|| panic!("{text:?} not on screen"))
}

#[test]
fn no_color_has_no_colour_and_the_selection_stays_visible() {
    use ratatui::style::{Color, Modifier};
    use steppe::tui::{ColorScheme, Palette};
    let buffer = render_in(Palette::new(ColorScheme::Mono));
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset, "a coloured cell: {cell:?}");
        assert_eq!(cell.bg, Color::Reset, "a coloured cell: {cell:?}");
    }
    // The selected item (the first recommendation to the Government of Tajikistan) is in reverse
    // video with a marker; the row below it is not.
    let (x, y) = position_of(&buffer, "End the harassment of regime critics");
    assert_eq!(buffer[(x - 3, y)].symbol(), "▌", "selection marker");
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    assert!(!buffer[(x, y + 1)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn every_theme_marks_the_selection_and_colours_recommendations_apart() {
    use ratatui::style::Modifier;
    use steppe::tui::{ColorScheme, Palette};
    for name in [
        ColorScheme::Default,
        ColorScheme::Dark,
        ColorScheme::Light,
        ColorScheme::HighContrast,
    ] {
        let palette = Palette::new(name);
        let buffer = render_in(palette);
        let (x, y) = position_of(&buffer, "End the harassment of regime critics");
        assert_eq!(
            buffer[(x - 3, y)].symbol(),
            "▌",
            "{name:?}: selection marker"
        );
        let selected = &buffer[(x, y)];
        let below = &buffer[(x, y + 1)];
        assert!(
            selected.modifier.contains(Modifier::REVERSED) || selected.bg != below.bg,
            "{name:?}: the selection looks like the row below it"
        );
        // The palette distinguishes recommendations from plain text by style.
        assert_ne!(palette.recommendation, palette.text, "{name:?}");
    }
}

#[test]
fn the_hint_line_names_search_and_quit_at_80_columns() {
    let (_, screen, _) = run_keys(80, 24, "");
    let hints = screen.last().unwrap();
    assert!(hints.contains("/ search"), "{hints}");
    assert!(hints.contains("? help"), "{hints}");
    assert!(hints.trim_end().ends_with("q quit"), "{hints}");
    // At 60 columns fewer hints fit, but quit still does.
    let (_, screen, _) = run_keys(60, 20, "");
    let hints = screen.last().unwrap();
    assert!(hints.trim_end().ends_with("q quit"), "{hints}");
    assert!(!hints.contains("outline"), "{hints}");
}

#[test]
fn every_size_from_1x1_to_400x120_draws_with_any_window_open() {
    let sizes = [
        (1, 1),
        (1, 120),
        (400, 1),
        (2, 2),
        (59, 14),
        (60, 15),
        (61, 16),
        (80, 24),
        (119, 30),
        (120, 30),
        (160, 48),
        (400, 120),
    ];
    // The tree, help, outline, theme picker and search, each at every size.
    for keys in [
        TO_TAJIK_GOVERNMENT,
        "?",
        "j j enter j j enter o",
        "t",
        "/ m a g n",
    ] {
        for (w, h) in sizes {
            let (_, screen, _) = run_keys(w, h, keys);
            if w >= 60 && h >= 15 {
                let text = dump(&screen);
                assert!(
                    !text.contains("Terminal too small"),
                    "{w}×{h} {keys}:\n{text}"
                );
                // The border of the screen is whole: the first row starts with a corner.
                assert!(screen[0].starts_with(['┌', '┏']), "{w}×{h} {keys}:\n{text}");
            } else if w >= 20 && h >= 3 {
                assert!(contains(&screen, "Terminal too small"), "{w}×{h}");
            }
        }
    }
}

#[test]
fn bang_lists_every_problem_found_loading() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("binary.txt"), b"\0\0\0").unwrap();
    std::fs::write(dir.path().join("empty.md"), b"").unwrap();
    std::fs::write(
        dir.path().join("latin1.txt"),
        b"Kazakhstan report\n\nThe government of Kazakhstan \xe9 detained critics.\n",
    )
    .unwrap();
    let loaded = load(vec![dir.path().to_path_buf()], true);
    assert_eq!(loaded.diagnostics.len(), 3, "{:?}", loaded.diagnostics);
    let new_state = || reader_on(loaded.clone());
    // The status bar says how many and which key lists them.
    let screen = run_state(&mut new_state(), 80, 24, Vec::new());
    let last = screen.last().unwrap();
    assert!(last.contains("3 problems (! lists them): "), "{last}");
    // `!` lists them all, each naming its file and line.
    let mut state = new_state();
    let screen = run_state(&mut state, 80, 24, keys("!"));
    let text = dump(&screen);
    assert!(
        matches!(&state.overlay, Some(tui::Overlay::Problems(list)) if list.scroll.offset() == 0),
        "{text}"
    );
    assert!(text.contains("3 problems loading the reports"), "{text}");
    for name in [
        "binary.txt:1: error",
        "empty.md:1: error",
        "latin1.txt:3: warning",
    ] {
        assert!(text.contains(name), "{name}:\n{text}");
    }
    // Esc (or ! again) closes it.
    let mut state = new_state();
    run_state(&mut state, 80, 24, keys("! esc"));
    assert_eq!(state.overlay, None);
    let mut state = new_state();
    run_state(&mut state, 80, 24, keys("! !"));
    assert_eq!(state.overlay, None);
    // With nothing wrong, `!` says so.
    let mut state = common::state::builtin();
    let screen = run_state(&mut state, 80, 24, keys("!"));
    assert_eq!(state.overlay, None);
    assert!(
        screen.last().unwrap().contains("no problems"),
        "{}",
        dump(&screen)
    );
}

/// The countries pane and the sections pane count the same things (recommendations / other
/// items): a country's count is the sum of its sections' counts, and both titles say `rec/other`.
/// (The countries pane used to count findings only while the sections counted list items too:
/// Kazakhstan 29/34 over sections adding up to 29/47.)
#[test]
fn a_countrys_counts_are_the_sum_of_its_sections_counts() {
    let (state, screen, _) = run_keys(160, 48, "");
    let text = dump(&screen);
    assert!(text.contains("Countries · rec/other"), "{text}");
    assert!(!text.contains("rec/findings"), "{text}");
    let node = &state.tree.nodes.countries[0];
    let (mut recs, mut other) = (0, 0);
    let mut n = 0;
    while let Some((_, section)) = state.tree.section_at(n) {
        recs += section.counts.recommendations;
        other += section.counts.findings + section.counts.list_items;
        n += 1;
    }
    let shown = format!("{}/{}", recs, other);
    // The countries pane has the focus (thick border): its rows are `┃…┃`.
    let countries_pane = screen
        .iter()
        .skip(1)
        .filter_map(|l| l.split('┃').nth(1))
        .find(|pane| pane.contains(node.scope.label()))
        .expect("the first country's row");
    assert!(
        countries_pane.trim_end().ends_with(&shown),
        "{shown} expected in {countries_pane:?}\n{text}"
    );
}
