//! The three list panes — countries, reports and sections, items — and where the reader is:
//! selection, offsets (kept so the selected row is on screen), filters, the jump list. This is
//! the core of [`AppState`]; these functions are the only ones that move it, and the app calls
//! them for actions and for the messages other components send (`OpenItem`, `Preview`,
//! `Restore`).

pub mod view;

use crate::tree::{CountryTree, ItemRef};

use super::super::layout::{inner, Layout};
use super::super::state::{AppState, Focus, Level, Place, Row, Status};

/// A line for the status bar.
pub fn info(state: &mut AppState, text: &str) {
    state.status = Some(Status {
        level: Level::Info,
        text: text.to_string(),
    });
}

/// Rows of a list pane (or lines of the reading pane) that fit on screen.
pub fn page(state: &AppState, pane: Focus) -> usize {
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

pub fn move_by(state: &mut AppState, delta: isize) {
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
        Focus::Reader => state.reader.scroll.by(delta),
    }
}

pub fn select_country(state: &mut AppState, index: usize) {
    if index != state.country {
        state.country = index;
        state.section = 0;
        state.item = 0;
        state.offsets[1] = 0;
        state.offsets[2] = 0;
        state.reader.reset();
    }
}

pub fn select_section(state: &mut AppState, index: usize) {
    if index != state.section {
        state.section = index;
        state.item = 0;
        state.offsets[2] = 0;
        state.reader.reset();
    }
}

pub fn select_item(state: &mut AppState, index: usize) {
    if index != state.item {
        state.item = index;
        state.reader.reset();
    }
}

pub fn open(state: &mut AppState) {
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
pub fn visit(state: &mut AppState, from: Place) {
    if state.back.last() != Some(&from) && from != state.place() {
        state.back.push(from);
        if state.back.len() > 100 {
            state.back.remove(0);
        }
    }
    state.forward.clear();
}

pub fn jump(state: &mut AppState, backwards: bool) {
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
pub fn restore(state: &mut AppState, place: &Place) -> bool {
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
pub fn rebuild(state: &mut AppState) {
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
pub fn step_item(state: &mut AppState, delta: isize) {
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
pub fn show_item_ref(state: &mut AppState, at: ItemRef, from: Option<&Place>) -> bool {
    let Some(place) = place_of(state, at, from.map(|p| &p.scope)) else {
        return false;
    };
    let ok = restore(state, &place);
    fix_offsets(state);
    ok
}

/// Goes back to a remembered place without recording a jump.
pub fn restore_place(state: &mut AppState, place: &Place) -> bool {
    let ok = restore(state, place);
    fix_offsets(state);
    ok
}
