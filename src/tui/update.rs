//! The only place the reader's state changes: [`update`] carries out one [`Action`],
//! [`handle_event`] turns a terminal event (key, mouse, resize) into actions.

use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use crate::tree::{CountryTree, ItemRef};

use super::action::Action;
use super::compare;
use super::keymap::{Context, Key};
use super::layout::{inner, Layout};
use super::search;
use super::state::{AppState, Effect, Focus, Level, Overlay, Place, Row, Status};
use super::view;

/// Handles one terminal event.
pub fn handle_event(state: &mut AppState, event: &Event) {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if state.overlay == Some(Overlay::Search) {
                search::handle_key(state, key);
                fix_offsets(state);
                return;
            }
            if let Some(Overlay::CountryPicker(_)) = state.overlay {
                compare::picker_key(state, key);
                return;
            }
            let key = Key::from_event(key);
            let context = if state.overlay.is_some() {
                Context::Global
            } else {
                state.context()
            };
            match state.keymap.lookup(context, key) {
                Some(action) => update(state, action),
                None => {
                    let help = state
                        .keymap
                        .first_key(Context::Global, Action::Help)
                        .map_or_else(|| "help".to_string(), |k| format!("{k} for help"));
                    state.status = Some(Status {
                        level: Level::Info,
                        text: format!("{key} is not bound ({help})"),
                    });
                }
            }
        }
        Event::Resize(width, height) => {
            state.size = Rect::new(0, 0, *width, *height);
            fix_offsets(state);
            compare::settle(state);
        }
        Event::Mouse(mouse) => handle_mouse(state, mouse),
        _ => {}
    }
}

/// Carries out one action.
pub fn update(state: &mut AppState, action: Action) {
    state.status = None;
    if let Some(overlay) = state.overlay.clone() {
        update_overlay(state, overlay, action);
        fix_offsets(state);
        return;
    }
    if state.comparing() {
        compare::update(state, action);
        return;
    }
    let focus = state.focus;
    match action {
        Action::MoveDown => move_by(state, 1),
        Action::MoveUp => move_by(state, -1),
        Action::PageDown => move_by(state, page(state, focus) as isize),
        Action::PageUp => move_by(state, -(page(state, focus) as isize)),
        Action::HalfPageDown => move_by(state, (page(state, focus) / 2).max(1) as isize),
        Action::HalfPageUp => move_by(state, -((page(state, focus) / 2).max(1) as isize)),
        Action::Top => move_by(state, isize::MIN / 2),
        Action::Bottom => move_by(state, isize::MAX / 2),
        Action::Open => open(state),
        Action::Back => {
            if focus != Focus::Countries {
                state.focus = focus.previous();
            }
        }
        Action::FocusNext => state.focus = focus.next(),
        Action::FocusPrevious => state.focus = focus.previous(),
        Action::NextItem => step_item(state, 1),
        Action::PreviousItem => step_item(state, -1),
        Action::Outline => {
            let selected = state
                .section_node()
                .and_then(|(report, section)| {
                    report
                        .sections
                        .iter()
                        .position(|s| s.section == section.section)
                })
                .unwrap_or(0);
            if state.section_node().is_some() {
                state.overlay = Some(Overlay::Outline { selected });
            }
        }
        Action::JumpBack => jump(state, true),
        Action::JumpForward => jump(state, false),
        Action::ToggleRecommendations => {
            state.filter.recommendations_only = !state.filter.recommendations_only;
            rebuild(state);
            info(
                state,
                if state.filter.recommendations_only {
                    "showing recommendations only"
                } else {
                    "showing every item"
                },
            );
        }
        Action::ThemeFilter => {
            let current = state.filter.theme.clone();
            open_theme_picker(state, current.as_deref(), false);
        }
        Action::ClearFilters => {
            state.filter = Default::default();
            rebuild(state);
            info(state, "filters removed");
        }
        Action::Copy | Action::CopyText => match state.current() {
            Some(_) => {
                let text = if action == Action::Copy {
                    view::reader::copy_text(state, true)
                } else {
                    view::reader::copy_text(state, false)
                };
                state.effects.push(Effect::Copy { text });
            }
            None => info(state, "nothing to copy: select an item first"),
        },
        Action::Search => search::open(state),
        Action::NextHit => search::step(state, 1),
        Action::PreviousHit => search::step(state, -1),
        Action::Compare => compare::open(state),
        // Comparison keys outside the comparison: nothing to act on.
        Action::SwapColumns
        | Action::AddCountry
        | Action::RemoveCountry
        | Action::CycleShared
        | Action::NextTheme
        | Action::PreviousTheme => {}
        Action::Help => state.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Problems => open_problems(state),
        Action::Close => {
            if compare::come_back(state) {
                compare::settle(state);
            }
        }
        Action::Quit => state.quit = true,
    }
    fix_offsets(state);
}

/// Opens the problem list (`!`), or says there is nothing in it.
pub(crate) fn open_problems(state: &mut AppState) {
    if state.problems.is_empty() {
        info(state, "no problems: every report loaded cleanly");
    } else {
        state.overlay = Some(Overlay::Problems { scroll: 0 });
    }
}

/// Opens the theme picker on the theme in force (row 0: every theme), for the tree's filter or
/// for the comparison's theme limit.
pub(crate) fn open_theme_picker(state: &mut AppState, current: Option<&str>, for_comparison: bool) {
    let selected = current
        .and_then(|t| state.themes.iter().position(|(id, _)| id == t))
        .map_or(0, |i| i + 1);
    let compared = state
        .compare
        .as_ref()
        .filter(|_| for_comparison)
        .map(|view| {
            (
                view.comparison.countries.clone(),
                view.comparison.options.recommendations_only,
            )
        });
    let counts = match compared {
        Some((countries, recommendations_only)) => {
            let per_theme =
                crate::compare::theme_counts(&state.corpus, &countries, recommendations_only);
            let none = vec![0; countries.len()];
            state
                .themes
                .iter()
                .map(|(id, _)| {
                    let counts = per_theme.get(id).unwrap_or(&none);
                    let counts: Vec<String> = counts.iter().map(usize::to_string).collect();
                    counts.join(" · ")
                })
                .collect()
        }
        None => state
            .themes
            .iter()
            .map(|(id, _)| {
                let n = state
                    .corpus
                    .items()
                    .filter(|(_, _, i)| i.themes.contains(id));
                n.count().to_string()
            })
            .collect(),
    };
    state.overlay = Some(Overlay::ThemePicker {
        selected,
        for_comparison,
        counts,
    });
}

fn info(state: &mut AppState, text: &str) {
    state.status = Some(Status {
        level: Level::Info,
        text: text.to_string(),
    });
}

fn update_overlay(state: &mut AppState, overlay: Overlay, action: Action) {
    let close = matches!(
        action,
        Action::Close | Action::Back | Action::Quit | Action::Help
    );
    match overlay {
        // Its keys are handled before the keymap (typing filters it).
        Overlay::CountryPicker(_) => {}
        Overlay::Search => match action {
            Action::MoveDown => search::move_selection(state, 1),
            Action::MoveUp => search::move_selection(state, -1),
            Action::Open => search::confirm(state),
            _ if close => search::cancel(state),
            _ => {}
        },
        Overlay::Help { scroll } => {
            let scroll = page_scroll(state, scroll, view::help::line_count(state), action);
            state.overlay = (!close && action != Action::Open).then_some(Overlay::Help { scroll });
        }
        Overlay::Problems { scroll } => {
            let lines = view::help::problem_line_count(state);
            let scroll = page_scroll(state, scroll, lines, action);
            let close = close || action == Action::Problems;
            state.overlay =
                (!close && action != Action::Open).then_some(Overlay::Problems { scroll });
        }
        Overlay::Outline { selected } => {
            let len = state.section_node().map_or(0, |(r, _)| r.sections.len());
            if close {
                state.overlay = None;
            } else if action == Action::Open {
                state.overlay = None;
                let target = state.section_node().and_then(|(report, _)| {
                    report
                        .sections
                        .get(selected)
                        .map(|s| (report.report, s.section))
                });
                if let Some((report, section)) = target {
                    let from = state.place();
                    let index = state.country_node().and_then(|c| {
                        c.sections()
                            .position(|(r, s)| r.report == report && s.section == section)
                    });
                    if let Some(index) = index {
                        select_section(state, index);
                        visit(state, from);
                    }
                }
            } else {
                let selected = list_move(selected, len, action, 10);
                state.overlay = Some(Overlay::Outline { selected });
            }
        }
        Overlay::ThemePicker {
            selected,
            for_comparison,
            counts,
        } => {
            let len = state.themes.len() + 1;
            let chosen = match selected {
                0 => None,
                n => state.themes.get(n - 1).map(|(id, _)| id.clone()),
            };
            if close {
                state.overlay = None;
            } else if action == Action::Open && for_comparison {
                state.overlay = None;
                compare::limit_theme(state, chosen);
            } else if action == Action::Open {
                state.overlay = None;
                state.filter.theme = chosen;
                rebuild(state);
                let text = match &state.filter.theme {
                    Some(id) => format!("theme: {}", state.theme_label(id)),
                    None => "every theme".to_string(),
                };
                info(state, &text);
            } else {
                let selected = list_move(selected, len, action, 10);
                state.overlay = Some(Overlay::ThemePicker {
                    selected,
                    for_comparison,
                    counts,
                });
            }
        }
    }
}

/// Scrolls a box that fills the body (terminal minus the two status lines, with a border)
/// and holds `lines` lines.
fn page_scroll(state: &AppState, scroll: usize, lines: usize, action: Action) -> usize {
    let page = state.size.height.saturating_sub(4).max(1) as usize;
    let max = lines.saturating_sub(page);
    let scroll = match action {
        Action::MoveDown => scroll + 1,
        Action::MoveUp => scroll.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => scroll + page,
        Action::PageUp | Action::HalfPageUp => scroll.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => max,
        _ => scroll,
    };
    scroll.min(max)
}

fn list_move(selected: usize, len: usize, action: Action, page: usize) -> usize {
    let last = len.saturating_sub(1);
    match action {
        Action::MoveDown => (selected + 1).min(last),
        Action::MoveUp => selected.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => (selected + page).min(last),
        Action::PageUp | Action::HalfPageUp => selected.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => last,
        _ => selected,
    }
}

/// Rows of a list pane (or lines of the reading pane) that fit on screen.
fn page(state: &AppState, pane: Focus) -> usize {
    let layout = Layout::new(state.size, state.focus);
    let rect = layout
        .pane(pane)
        .or_else(|| Layout::new(state.size, pane).pane(pane))
        .unwrap_or_default();
    (inner(rect).height as usize).max(1)
}

fn add(index: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (index as isize)
        .saturating_add(delta)
        .clamp(0, len as isize - 1) as usize
}

fn move_by(state: &mut AppState, delta: isize) {
    match state.focus {
        Focus::Countries => {
            let n = add(state.country, delta, state.tree.countries.len());
            select_country(state, n);
        }
        Focus::Sections => {
            let n = add(state.section, delta, state.section_count());
            select_section(state, n);
        }
        Focus::Items => {
            let n = add(state.item, delta, state.item_count());
            select_item(state, n);
        }
        Focus::Reader => {
            let max = reader_max_scroll(state);
            state.reader_scroll = add(state.reader_scroll, delta, max + 1);
        }
    }
}

/// The last useful scroll position of the reading pane.
pub fn reader_max_scroll(state: &AppState) -> usize {
    let rect = Layout::new(state.size, Focus::Reader)
        .pane(Focus::Reader)
        .unwrap_or_default();
    let area = inner(rect);
    view::reader::lines(state, area.width)
        .len()
        .saturating_sub(area.height as usize)
}

pub(crate) fn select_country(state: &mut AppState, index: usize) {
    if index != state.country {
        state.country = index;
        state.section = 0;
        state.item = 0;
        state.offsets[1] = 0;
        state.offsets[2] = 0;
        state.reader_scroll = 0;
    }
}

pub(crate) fn select_section(state: &mut AppState, index: usize) {
    if index != state.section {
        state.section = index;
        state.item = 0;
        state.offsets[2] = 0;
        state.reader_scroll = 0;
    }
}

pub(crate) fn select_item(state: &mut AppState, index: usize) {
    if index != state.item {
        state.item = index;
        state.reader_scroll = 0;
    }
}

fn open(state: &mut AppState) {
    let from = state.place();
    match state.focus {
        Focus::Countries if state.section_count() > 0 => state.focus = Focus::Sections,
        Focus::Sections if state.item_count() > 0 => state.focus = Focus::Items,
        Focus::Items if state.current().is_some() => {
            state.focus = Focus::Reader;
            visit(state, from);
        }
        Focus::Reader => move_by(state, page(state, Focus::Reader) as isize - 1),
        _ => {}
    }
}

/// Remembers `from` as a place to come back to.
fn visit(state: &mut AppState, from: Place) {
    if state.back.last() != Some(&from) && from != state.place() {
        state.back.push(from);
        if state.back.len() > 100 {
            state.back.remove(0);
        }
    }
    state.forward.clear();
}

fn jump(state: &mut AppState, backwards: bool) {
    let here = state.place();
    let place = if backwards {
        state.back.pop()
    } else {
        state.forward.pop()
    };
    let Some(place) = place else {
        let text = if backwards {
            "no earlier place"
        } else {
            "no later place"
        };
        info(state, text);
        return;
    };
    if backwards {
        state.forward.push(here);
    } else {
        state.back.push(here);
    }
    if !restore(state, &place) {
        info(state, "that place is hidden by the filters");
    }
}

/// Selects a place; false when the filters hide it.
fn restore(state: &mut AppState, place: &Place) -> bool {
    let Some(country) = state.tree.position(&place.scope) else {
        return false;
    };
    select_country(state, country);
    let wanted = place
        .item
        .map(|at| (at.report, at.section))
        .or(place.section);
    let mut found = wanted.is_none();
    if let Some((report, section)) = wanted {
        let index = state.country_node().and_then(|c| {
            c.sections()
                .position(|(r, s)| r.report == report && s.section == section)
        });
        if let Some(index) = index {
            select_section(state, index);
            found = true;
        }
    }
    if let Some(at) = place.item {
        let index = state
            .section_node()
            .and_then(|(_, s)| s.items.iter().position(|i| *i == at));
        match index {
            Some(index) => select_item(state, index),
            None => found = false,
        }
    }
    state.focus = place.focus;
    found
}

/// Rebuilds the tree after a filter change, keeping the selection where it can.
fn rebuild(state: &mut AppState) {
    let place = state.place();
    state.tree = CountryTree::build(&state.corpus, &state.filter);
    state.country = usize::MAX;
    if !restore(state, &place) {
        let country = state.tree.position(&place.scope).unwrap_or(0);
        state.country = usize::MAX;
        select_country(state, country);
        if let Some((report, section)) = place
            .item
            .map(|at| (at.report, at.section))
            .or(place.section)
        {
            if let Some(index) = state.country_node().and_then(|c| {
                c.sections()
                    .position(|(r, s)| r.report == report && s.section == section)
            }) {
                select_section(state, index);
            }
        }
    }
    if state.country >= state.tree.countries.len() {
        state.country = 0;
    }
    state.focus = place.focus;
    if state.current().is_none() && state.focus == Focus::Reader {
        state.focus = Focus::Items;
    }
}

/// Next or previous item of the country, crossing section boundaries.
fn step_item(state: &mut AppState, delta: isize) {
    let Some(country) = state.country_node() else {
        return;
    };
    let flat: Vec<(usize, usize)> = country
        .sections()
        .enumerate()
        .flat_map(|(si, (_, s))| (0..s.items.len()).map(move |ii| (si, ii)))
        .collect();
    let Some(now) = flat.iter().position(|&p| p == (state.section, state.item)) else {
        return;
    };
    let next = now as isize + delta;
    if next < 0 || next as usize >= flat.len() {
        info(
            state,
            if delta > 0 {
                "this is the last item"
            } else {
                "this is the first item"
            },
        );
        return;
    }
    let (section, item) = flat[next as usize];
    select_section(state, section);
    select_item(state, item);
    if state.focus == Focus::Countries || state.focus == Focus::Sections {
        state.focus = Focus::Items;
    }
}

/// Keeps the selected row of every list pane on screen (with its group heading when there is
/// room) and the reading pane within its text.
pub fn fix_offsets(state: &mut AppState) {
    if state.country >= state.tree.countries.len() {
        state.country = 0;
    }
    for pane in [Focus::Countries, Focus::Sections, Focus::Items] {
        let Some(index) = pane.list_index() else {
            continue;
        };
        let height = page(state, pane);
        let rows = state.rows(pane);
        let Some(row) = state.selected_row(pane) else {
            state.offsets[index] = 0;
            continue;
        };
        let mut offset = state.offsets[index];
        let top = if row > 0 && matches!(rows.get(row - 1), Some(Row::Header(_))) {
            row - 1
        } else {
            row
        };
        if top < offset {
            offset = top;
        }
        if row >= offset + height {
            offset = row + 1 - height;
        }
        offset = offset.min(rows.len().saturating_sub(height));
        state.offsets[index] = offset;
    }
    state.reader_scroll = state.reader_scroll.min(reader_max_scroll(state));
}

fn handle_mouse(state: &mut AppState, mouse: &MouseEvent) {
    // Over a window or the comparison the wheel moves its selection; clicks do nothing (the
    // panes under them are hidden).
    if state.overlay.is_some() || state.comparing() {
        let action = match mouse.kind {
            MouseEventKind::ScrollDown => Some(Action::MoveDown),
            MouseEventKind::ScrollUp => Some(Action::MoveUp),
            _ => None,
        };
        if let Some(action) = action {
            update(state, action);
        }
        return;
    }
    let at = Position::new(mouse.column, mouse.row);
    let layout = Layout::new(state.size, state.focus);
    let Layout::Panes { panes, .. } = &layout else {
        return;
    };
    let Some(&(pane, rect)) = panes.iter().find(|(_, r)| r.contains(at)) else {
        return;
    };
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            state.status = None;
            state.focus = pane;
            if let Some(index) = pane.list_index() {
                let area = inner(rect);
                if area.contains(at) {
                    let row = state.offsets[index] + (at.y - area.y) as usize;
                    if let Some(Row::Entry(entry)) = state.rows(pane).get(row) {
                        match pane {
                            Focus::Countries => select_country(state, *entry),
                            Focus::Sections => select_section(state, *entry),
                            _ => select_item(state, *entry),
                        }
                    }
                }
            }
            // Keep the clicked pane visible in the two-column layout.
            fix_offsets(state);
        }
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let down = mouse.kind == MouseEventKind::ScrollDown;
            let focus = state.focus;
            state.focus = pane;
            move_by(
                state,
                if pane == Focus::Reader { 3 } else { 1 } * if down { 1 } else { -1 },
            );
            state.focus = focus;
            fix_offsets(state);
        }
        _ => {}
    }
}

/// Selects an item by reference, when the tree shows it (for search and comparison views):
/// under the selected country when the item is about it, else under its own country or
/// "All / Regional". Records the jump. False when the item is unknown or filtered out.
pub fn select_item_ref(state: &mut AppState, at: ItemRef) -> bool {
    let home = state.country_node().map(|c| c.scope.clone());
    let Some(place) = place_of(state, at, home.as_ref()) else {
        return false;
    };
    let from = state.place();
    let ok = restore(state, &place);
    if ok {
        visit(state, from);
    }
    fix_offsets(state);
    ok
}

/// Where the tree shows an item: under `home` (a country pane entry) when the item is about
/// it, else under its own country or "All / Regional".
fn place_of(state: &AppState, at: ItemRef, home: Option<&crate::tree::Scope>) -> Option<Place> {
    let (_, _, item) = state.resolve(at)?;
    let scope = match home {
        Some(scope) if scope.includes(item) => scope.clone(),
        _ => match item.countries.as_slice() {
            [one] => crate::tree::Scope::Country(one.clone()),
            _ => crate::tree::Scope::Regional,
        },
    };
    Some(Place {
        scope,
        item: Some(at),
        section: None,
        focus: Focus::Reader,
    })
}

/// Shows an item (search preview) without recording a jump, placed as `select_item_ref` would
/// place it from `from` (where the search started), so the preview's breadcrumb is where Enter
/// lands. False when the filters hide it.
pub(crate) fn show_item_ref(state: &mut AppState, at: ItemRef, from: Option<&Place>) -> bool {
    let Some(place) = place_of(state, at, from.map(|p| &p.scope)) else {
        return false;
    };
    let ok = restore(state, &place);
    fix_offsets(state);
    ok
}

/// Goes back to a remembered place without recording a jump.
pub(crate) fn restore_place(state: &mut AppState, place: &Place) -> bool {
    let ok = restore(state, place);
    fix_offsets(state);
    ok
}
