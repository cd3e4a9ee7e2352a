//! The comparison view (`c`): two or three countries side by side, one row per theme, built by
//! the library's [`Comparison`]. This file holds its state and what its keys do; drawing is in
//! `view/compare.rs`. A picker (fuzzy-filtered as you type) chooses the countries; Enter on an
//! item opens it in the reading pane, and Esc there comes back to the comparison.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use crate::compare::{Comparison, Counts, Options, MAX_COUNTRIES};
use crate::corpus::model::Corpus;
use crate::corpus::themes::ThemeRules;
use crate::tree::{ItemRef, Scope};

use super::action::Action;
use super::state::{AppState, Effect, Level, Overlay, Place, Status};
use super::update;

/// Where a worker puts a comparison it built, with the job it was built for.
type Slot = Arc<Mutex<Option<(u64, Comparison)>>>;

/// Corpora with more items than this build their comparison on a worker thread (in the real
/// terminal), so the reader keeps answering: at 100× the built-in reports it takes a second.
pub const BACKGROUND_ITEMS: usize = 2_000;

/// The open comparison.
#[derive(Debug, Clone)]
pub struct CompareView {
    pub comparison: Comparison,
    /// Focused column.
    pub column: usize,
    /// Selected theme row (index into `comparison.rows`).
    pub row: usize,
    /// Selected entry in the focused column of that row.
    pub entry: usize,
    /// First visible line of the rows.
    pub scroll: usize,
    /// False while an item opened from the comparison is read in the tree (Esc comes back).
    pub shown: bool,
    /// Where the user was before `c` (Esc goes back there).
    pub before: Place,
    /// Counts the comparisons built for this view (a new one makes the layout stale).
    pub generation: u64,
    /// Where every row and entry falls, for the width it was made for.
    pub layout: Option<ViewLayout>,
    /// The newest comparison asked for; a worker's result for an older one is dropped.
    pub job: u64,
    /// True while a worker builds the comparison asked for.
    pub building: bool,
    slot: Slot,
}

/// What a [`ViewLayout`] was made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutKey {
    pub generation: u64,
    pub column_width: usize,
    pub stacked: bool,
    /// The theme shown when stacked (else `usize::MAX`).
    pub row: usize,
}

/// The comparison laid out: total lines, the first line of each row shown, and the lines of
/// each (row, column, entry).
#[derive(Debug, Clone, PartialEq)]
pub struct ViewLayout {
    pub key: LayoutKey,
    pub total: usize,
    pub row_starts: Vec<(usize, usize)>,
    pub anchors: std::collections::HashMap<(usize, usize, usize), std::ops::Range<usize>>,
}

impl CompareView {
    /// Entries of a cell.
    pub fn cell_len(&self, row: usize, column: usize) -> usize {
        self.comparison
            .rows
            .get(row)
            .and_then(|r| r.columns.get(column))
            .map_or(0, |c| c.entries.len())
    }

    /// The item under the selection, if the focused cell has one.
    pub fn selected_item(&self) -> Option<ItemRef> {
        let row = self.comparison.rows.get(self.row)?;
        let column = row.columns.get(self.column)?;
        column.entries.get(self.entry).map(|e| e.at)
    }
}

/// The country picker's state: what is typed, the selected choice, the countries chosen so far.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Picker {
    pub input: String,
    pub selected: usize,
    /// Countries already in the comparison (or chosen first).
    pub chosen: Vec<String>,
    /// Adding a column to an open comparison (else starting one).
    pub adding: bool,
}

/// Countries the loaded reports are about, in the tree's order.
fn loaded_countries(state: &AppState) -> Vec<String> {
    state
        .tree
        .countries
        .iter()
        .filter_map(|c| match &c.scope {
            Scope::Country(name) => Some(name.clone()),
            Scope::Regional => None,
        })
        .collect()
}

/// The picker's choices: loaded countries not chosen yet, best fuzzy match of the input first
/// (all of them, in tree order, while nothing is typed).
pub fn choices(state: &AppState, picker: &Picker) -> Vec<String> {
    let countries = loaded_countries(state)
        .into_iter()
        .filter(|c| !picker.chosen.contains(c));
    let typed = picker.input.trim();
    if typed.is_empty() {
        return countries.collect();
    }
    let matcher = SkimMatcherV2::default();
    let iso: Vec<String> = state
        .search
        .rules
        .gazetteer
        .lookup(typed)
        .into_iter()
        .map(|c| c.name.clone())
        .collect();
    let mut scored: Vec<(i64, String)> = countries
        .filter_map(|c| {
            let score = if iso.contains(&c) {
                Some(i64::MAX / 2)
            } else {
                matcher.fuzzy_match(&c, typed)
            };
            score.map(|s| (s, c))
        })
        .collect();
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    scored.into_iter().map(|(_, c)| c).collect()
}

/// `c`: compares the selected country with one picked next (or picks both).
pub fn open(state: &mut AppState) {
    let countries = loaded_countries(state);
    if countries.len() < 2 {
        warn(
            state,
            "a comparison needs two countries; the loaded reports name fewer",
        );
        return;
    }
    let chosen = match state.country_node().map(|c| &c.scope) {
        Some(Scope::Country(name)) => vec![name.clone()],
        _ => Vec::new(),
    };
    state.overlay = Some(Overlay::CountryPicker(Picker {
        chosen,
        ..Picker::default()
    }));
}

/// A key while the country picker is open: typing filters, ↑/↓ move, Enter picks, Esc cancels.
pub fn picker_key(state: &mut AppState, key: &KeyEvent) {
    let Some(Overlay::CountryPicker(mut picker)) = state.overlay.clone() else {
        return;
    };
    state.status = None;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let count = choices(state, &picker).len();
    match key.code {
        KeyCode::Esc => {
            state.overlay = None;
            return;
        }
        KeyCode::Char('c') if ctrl => {
            state.quit = true;
            return;
        }
        KeyCode::Enter => {
            pick(state, picker);
            return;
        }
        KeyCode::Down | KeyCode::Tab => picker.selected += 1,
        KeyCode::Char('n') if ctrl => picker.selected += 1,
        KeyCode::Up | KeyCode::BackTab => picker.selected = picker.selected.saturating_sub(1),
        KeyCode::Char('p') if ctrl => picker.selected = picker.selected.saturating_sub(1),
        KeyCode::Backspace => {
            picker.input.pop();
            picker.selected = 0;
        }
        KeyCode::Char(c) if !ctrl => {
            picker.input.push(c);
            picker.selected = 0;
        }
        _ => {}
    }
    picker.selected = picker.selected.min(count.saturating_sub(1));
    state.overlay = Some(Overlay::CountryPicker(picker));
}

fn pick(state: &mut AppState, mut picker: Picker) {
    let Some(choice) = choices(state, &picker).into_iter().nth(picker.selected) else {
        warn(
            state,
            "no country matches; Backspace to edit, Esc to cancel",
        );
        return;
    };
    picker.chosen.push(choice);
    if picker.adding {
        state.overlay = None;
        if let Some(view) = &state.compare {
            let options = view.comparison.options.clone();
            let column = picker.chosen.len() - 1;
            rebuild(state, picker.chosen, options);
            if let Some(view) = &mut state.compare {
                view.column = column;
            }
            settle(state);
        }
    } else if picker.chosen.len() >= 2 {
        state.overlay = None;
        let before = state.place();
        let countries = picker.chosen;
        state.compare = Some(CompareView {
            comparison: Comparison {
                countries: countries.clone(),
                rows: Vec::new(),
                options: Options::default(),
                counts: vec![Counts::default(); countries.len()],
            },
            column: 0,
            row: 0,
            entry: 0,
            scroll: 0,
            shown: true,
            before,
            generation: 0,
            layout: None,
            job: 0,
            building: false,
            slot: Arc::default(),
        });
        rebuild(state, countries, Options::default());
    } else {
        picker.input.clear();
        picker.selected = 0;
        state.overlay = Some(Overlay::CountryPicker(picker));
    }
}

/// The library's comparison, without the themes left empty.
fn compute(
    corpus: &Corpus,
    themes: &ThemeRules,
    countries: &[String],
    options: &Options,
) -> Comparison {
    let mut comparison = Comparison::build(corpus, themes, countries, options);
    comparison
        .rows
        .retain(|row| row.columns.iter().any(|c| !c.entries.is_empty()));
    comparison
}

/// Builds the comparison again (other countries, order, theme or filter), keeping the focused
/// column and theme where they still exist. On a large corpus in the real terminal a worker
/// builds it and [`poll`] puts it in place; meanwhile the view says so.
pub fn rebuild(state: &mut AppState, countries: Vec<String>, options: Options) {
    let background = state.search.background.clone();
    let large = state.search.index.len() > BACKGROUND_ITEMS;
    let Some(view) = &mut state.compare else {
        return;
    };
    view.job += 1;
    match background {
        Some(wake) if large => {
            view.building = true;
            let job = view.job;
            let slot = Arc::clone(&view.slot);
            let corpus = Arc::clone(&state.corpus);
            let rules = Arc::clone(&state.search.rules);
            std::thread::spawn(move || {
                let comparison = compute(&corpus, &rules.themes, &countries, &options);
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some((job, comparison));
                }
                wake.store(true, Ordering::SeqCst);
            });
            info(state, "building the comparison…");
        }
        _ => {
            let comparison = compute(
                &state.corpus,
                &state.search.rules.themes,
                &countries,
                &options,
            );
            install(state, comparison);
        }
    }
}

/// Puts a built comparison in the view.
fn install(state: &mut AppState, comparison: Comparison) {
    if let Some(view) = &mut state.compare {
        let theme = view.comparison.rows.get(view.row).map(|r| r.theme.clone());
        view.row = theme
            .and_then(|t| comparison.rows.iter().position(|r| r.theme == t))
            .unwrap_or(0);
        view.column = view
            .column
            .min(comparison.countries.len().saturating_sub(1));
        view.comparison = comparison;
        view.generation += 1;
        view.layout = None;
        view.entry = 0;
        view.building = false;
    }
    settle(state);
}

/// Puts a comparison a worker has finished in place (called by the loop before each frame);
/// true when it did.
pub fn poll(state: &mut AppState) -> bool {
    let Some(view) = &state.compare else {
        return false;
    };
    let ready = view.slot.lock().ok().and_then(|mut slot| slot.take());
    match ready {
        Some((job, comparison)) if job == view.job => {
            install(state, comparison);
            true
        }
        _ => false,
    }
}

/// Whether the comparison shows one theme at a time, countries one under another: when side by
/// side columns would be narrower than 30 characters.
pub fn stacked(state: &AppState) -> bool {
    let columns = state
        .compare
        .as_ref()
        .map_or(2, |v| v.comparison.countries.len().max(1)) as u16;
    state.size.width.saturating_sub(2) / columns < 30
}

/// The selection's path through the view, in the order j/k walk it: side by side, the focused
/// column's entries theme after theme; stacked, every country's entries theme after theme.
fn walk(view: &CompareView, stacked: bool) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (r, row) in view.comparison.rows.iter().enumerate() {
        for (c, column) in row.columns.iter().enumerate() {
            if stacked || c == view.column {
                out.extend((0..column.entries.len()).map(|e| (r, c, e)));
            }
        }
    }
    out
}

fn step(state: &mut AppState, delta: isize) {
    let stacked = stacked(state);
    let Some(view) = &mut state.compare else {
        return;
    };
    let path = walk(view, stacked);
    if path.is_empty() {
        return;
    }
    let here = (view.row, view.column, view.entry);
    // Where the selection is on the path, or where it would go (an empty cell).
    let at = path.iter().position(|&p| p >= here).unwrap_or(path.len());
    let exact = path.get(at) == Some(&here);
    let target = if delta > 0 {
        let from = if exact { at as isize } else { at as isize - 1 };
        (from + delta).clamp(0, path.len() as isize - 1)
    } else {
        (at as isize + delta).clamp(0, path.len() as isize - 1)
    } as usize;
    let (row, column, entry) = path[target];
    view.row = row;
    view.column = column;
    view.entry = entry;
}

/// An action in the comparison view.
pub fn update(state: &mut AppState, action: Action) {
    let Some(view) = &state.compare else {
        return;
    };
    let countries = view.comparison.countries.clone();
    let options = view.comparison.options.clone();
    let columns = countries.len();
    let rows = view.comparison.rows.len();
    match action {
        Action::MoveDown => step(state, 1),
        Action::MoveUp => step(state, -1),
        Action::PageDown | Action::HalfPageDown => step(state, 5),
        Action::PageUp | Action::HalfPageUp => step(state, -5),
        Action::Top => step(state, isize::MIN / 2),
        Action::Bottom => step(state, isize::MAX / 2),
        Action::FocusNext | Action::FocusPrevious => {
            let stacked = stacked(state);
            if let Some(view) = &mut state.compare {
                view.column = if action == Action::FocusNext {
                    (view.column + 1) % columns
                } else {
                    (view.column + columns - 1) % columns
                };
                let len = view.cell_len(view.row, view.column);
                view.entry = view.entry.min(len.saturating_sub(1));
                if stacked {
                    view.entry = 0;
                }
            }
            // An empty cell: say so, and how to reach this country's items.
            let empty = state.compare.as_ref().and_then(|v| {
                let row = v.comparison.rows.get(v.row)?;
                let column = row.columns.get(v.column)?;
                column.entries.is_empty().then(|| {
                    format!(
                        "{} has nothing on {}: j goes to its next item",
                        column.country, row.label
                    )
                })
            });
            if let Some(text) = empty {
                info(state, &text);
            }
        }
        Action::NextTheme | Action::PreviousTheme | Action::NextItem | Action::PreviousItem => {
            if let Some(view) = &mut state.compare {
                let forward = matches!(action, Action::NextTheme | Action::NextItem);
                view.row = if forward {
                    (view.row + 1).min(rows.saturating_sub(1))
                } else {
                    view.row.saturating_sub(1)
                };
                view.entry = 0;
                view.scroll = 0;
            }
        }
        Action::Open => open_item(state),
        Action::SwapColumns => {
            let mut countries = countries;
            let column = state.compare.as_ref().map_or(0, |v| v.column);
            let other = (column + 1) % columns;
            countries.swap(column, other);
            rebuild(state, countries, options);
            if let Some(view) = &mut state.compare {
                view.column = other;
            }
        }
        Action::AddCountry => {
            if columns >= MAX_COUNTRIES {
                warn(state, "at most three countries side by side");
            } else if loaded_countries(state).len() <= columns {
                warn(state, "every loaded country is in the comparison");
            } else {
                state.overlay = Some(Overlay::CountryPicker(Picker {
                    chosen: countries,
                    adding: true,
                    ..Picker::default()
                }));
            }
        }
        Action::RemoveCountry => {
            if columns <= 2 {
                warn(
                    state,
                    "a comparison needs two countries (esc leaves the comparison)",
                );
            } else {
                let mut countries = countries;
                let column = state.compare.as_ref().map_or(0, |v| v.column);
                let removed = countries.remove(column);
                rebuild(state, countries, options);
                info(state, &format!("{removed} removed"));
            }
        }
        Action::CycleShared => {
            let show = options.show.next();
            rebuild(
                state,
                countries,
                Options {
                    show,
                    ..options.clone()
                },
            );
            let text = match show {
                crate::compare::Show::All => "showing every item",
                crate::compare::Show::Shared => "showing shared items (≈) only",
                crate::compare::Show::Different => "showing differences only",
            };
            info(state, text);
        }
        Action::ThemeFilter => {
            update::open_theme_picker(state, options.theme.as_ref().map(|t| t.as_str()), true);
        }
        Action::ClearFilters => {
            rebuild(state, countries, Options::default());
            info(state, "every theme, every item");
        }
        Action::Copy | Action::CopyText => {
            let item = state.compare.as_ref().and_then(|v| v.selected_item());
            match item.and_then(|at| state.resolve(at)) {
                Some((report, section, item)) => {
                    let text = super::view::reader::copy_text_of(
                        report,
                        section,
                        item,
                        action == Action::Copy,
                    );
                    state.effects.push(Effect::Copy { text });
                }
                None => info(state, "nothing to copy: select an item first"),
            }
        }
        Action::Back | Action::Close => close(state),
        Action::Help => state.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Problems => update::open_problems(state),
        Action::Quit => state.quit = true,
        Action::Compare => open(state),
        Action::ToggleRecommendations => {
            let only = !options.recommendations_only;
            let options = Options {
                recommendations_only: only,
                ..options
            };
            rebuild(state, countries, options);
            info(
                state,
                if only {
                    "comparing recommendations only"
                } else {
                    "comparing every item"
                },
            );
        }
        // Search from the comparison: the tree is searched and shown behind the prompt; Esc
        // comes back here, and so does Esc after reading a hit.
        Action::Search => {
            if let Some(view) = &mut state.compare {
                view.shown = false;
            }
            super::search::open(state);
            state.search.from_comparison = true;
            return;
        }
        Action::NextHit | Action::PreviousHit => {
            // With a last search, its next hit is read in the tree (Esc comes back here);
            // without one, `step` says there is none and the comparison stays.
            let stepping = state.search.last.is_some();
            if let Some(view) = state.compare.as_mut().filter(|_| stepping) {
                view.shown = false;
            }
            super::search::step(state, if action == Action::NextHit { 1 } else { -1 });
            if stepping {
                info(state, "esc: back to the comparison");
            }
            return;
        }
        Action::Outline | Action::JumpBack | Action::JumpForward => {
            info(state, "esc leaves the comparison first");
        }
    }
    settle(state);
}

/// Sets the theme limit from the theme picker (`None`: every theme).
pub fn limit_theme(state: &mut AppState, theme: Option<String>) {
    let theme = theme.map(crate::resolve::ThemeId::new);
    let Some(view) = &state.compare else {
        return;
    };
    let countries = view.comparison.countries.clone();
    let options = Options {
        theme: theme.clone(),
        ..view.comparison.options.clone()
    };
    rebuild(state, countries, options);
    let text = match &theme {
        Some(id) => format!("comparison limited to {}", state.theme_label(id.as_str())),
        None => "every theme".to_string(),
    };
    info(state, &text);
}

/// Enter: the focused item in the reading pane; Esc there comes back.
fn open_item(state: &mut AppState) {
    let Some(at) = state.compare.as_ref().and_then(|v| v.selected_item()) else {
        info(state, "nothing here to open");
        return;
    };
    // Read it under the column's country, where the comparison showed it.
    let country = state
        .compare
        .as_ref()
        .and_then(|v| v.comparison.countries.get(v.column).cloned());
    if let Some(index) = country.and_then(|c| state.tree.position(&Scope::Country(c))) {
        update::select_country(state, index);
    }
    if update::select_item_ref(state, at) {
        if let Some(view) = &mut state.compare {
            view.shown = false;
        }
        info(state, "esc: back to the comparison");
    } else {
        warn(state, "that item is hidden by the filters (x removes them)");
    }
}

/// Esc while reading an item opened from the comparison: back to the comparison. True when it
/// did.
pub fn come_back(state: &mut AppState) -> bool {
    match &mut state.compare {
        Some(view) if !view.shown => {
            view.shown = true;
            true
        }
        _ => false,
    }
}

/// Esc in the comparison: back to where `c` was pressed.
fn close(state: &mut AppState) {
    if let Some(view) = state.compare.take() {
        update::restore_place(state, &view.before);
    }
}

/// Clamps the selection to the comparison and scrolls it into view.
pub fn settle(state: &mut AppState) {
    let Some(view) = &mut state.compare else {
        return;
    };
    let rows = view.comparison.rows.len();
    let columns = view.comparison.countries.len();
    view.row = view.row.min(rows.saturating_sub(1));
    view.column = view.column.min(columns.saturating_sub(1));
    let len = view.cell_len(view.row, view.column);
    view.entry = view.entry.min(len.saturating_sub(1));
    super::view::compare::scroll_into_view(state);
}

fn info(state: &mut AppState, text: &str) {
    state.status = Some(Status {
        level: Level::Info,
        text: text.to_string(),
    });
}

fn warn(state: &mut AppState, text: &str) {
    state.status = Some(Status {
        level: Level::Warning,
        text: text.to_string(),
    });
}
