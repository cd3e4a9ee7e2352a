//! The comparison view (`c`): two or three countries side by side, one row per theme, built by
//! the library's [`Comparison`] with its [`Options`] (theme, all/shared/different,
//! recommendations only) and notes. This file holds the view's state and what its keys do; its
//! view lays it out and scrolls the selection into sight while drawing. Enter on an item asks the
//! app to read it ([`Msg::OpenItem`]); Esc there comes back.

pub mod view;

use std::cell::{Cell, RefCell};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use crate::compare::{Comparison, Counts, Entry, Options, Show, ThemeLimit, MAX_COUNTRIES};
use crate::corpus::model::{Corpus, ItemRef};
use crate::corpus::themes::ThemeRules;
use crate::resolve::CountryId;
use crate::tree::{CountryTree, Scope};

use super::super::action::Action;
use super::super::msg::{Msg, Purpose};
use super::super::state::{Level, Place, Status};
use super::Ctx;

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
    /// First visible line of the rows: kept by the view so the selection is on screen.
    pub scroll: Cell<usize>,
    /// False while an item opened from the comparison is read in the tree (Esc comes back).
    pub shown: bool,
    /// Where the user was before `c` (Esc goes back there).
    pub before: Place,
    /// Counts the comparisons built for this view (a new one makes the layout stale).
    pub generation: u64,
    /// Where every row and entry falls, for the width it was made for (the view's cache).
    pub layout: RefCell<Option<ViewLayout>>,
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

/// Whether a comparison of `columns` countries is shown one theme at a time, countries one
/// under another: when side by side columns would be narrower than 30 characters.
pub fn stacked(width: u16, columns: usize) -> bool {
    width.saturating_sub(2) / (columns.max(1) as u16) < 30
}

/// Countries the loaded reports are about, in the tree's order.
pub fn loaded_countries(tree: &CountryTree) -> Vec<String> {
    tree.countries
        .iter()
        .filter_map(|c| match &c.scope {
            Scope::Country(name) => Some(name.clone()),
            Scope::Regional => None,
        })
        .collect()
}

/// The library's comparison, without the themes left empty.
fn compute(
    corpus: &Corpus,
    themes: &ThemeRules,
    countries: &[CountryId],
    options: &Options,
) -> Comparison {
    let mut comparison = Comparison::build(corpus, themes, countries, options);
    comparison.rows.retain(|row| !row.is_empty());
    comparison
}

fn status(level: Level, text: &str) -> Msg {
    Msg::Status(Status {
        level,
        text: text.to_string(),
    })
}

fn info(text: &str) -> Msg {
    status(Level::Info, text)
}

fn warn(text: &str) -> Msg {
    status(Level::Warning, text)
}

/// What `c` does before a comparison is open: the country picker, or why there is none.
pub fn start(ctx: &Ctx) -> Msg {
    if loaded_countries(ctx.tree).len() < 2 {
        return warn("a comparison needs two countries; the loaded reports name fewer");
    }
    let chosen = match &ctx.place.scope {
        Scope::Country(name) => vec![CountryId::new(name.as_str())],
        Scope::Regional => Vec::new(),
    };
    Msg::Pick(Purpose::CompareCountries {
        chosen,
        adding: false,
    })
}

impl CompareView {
    /// A comparison of `countries`, started from `before`.
    pub fn new(countries: Vec<CountryId>, before: Place, ctx: &Ctx) -> (Self, Vec<Msg>) {
        let mut view = CompareView {
            comparison: Comparison {
                countries: countries.clone(),
                rows: Vec::new(),
                options: Options::default(),
                counts: vec![Counts::default(); countries.len()],
            },
            column: 0,
            row: 0,
            entry: 0,
            scroll: Cell::new(0),
            shown: true,
            before,
            generation: 0,
            layout: RefCell::new(None),
            job: 0,
            building: false,
            slot: Arc::default(),
        };
        let msgs = view.rebuild(countries, Options::default(), ctx);
        (view, msgs)
    }

    /// Entries a column of a row walks through: the row's common band (shown across every
    /// column, so it is the first entries of each), then the column's own.
    pub fn cell_len(&self, row: usize, column: usize) -> usize {
        self.comparison.rows.get(row).map_or(0, |r| {
            r.common.len() + r.columns.get(column).map_or(0, |c| c.entries.len())
        })
    }

    /// The entry at a (row, column, entry) of the view: entries below the common band's length
    /// are the band's.
    pub fn entry_at(&self, row: usize, column: usize, entry: usize) -> Option<&Entry> {
        let row = self.comparison.rows.get(row)?;
        match entry.checked_sub(row.common.len()) {
            None => row.common.get(entry),
            Some(own) => row.columns.get(column)?.entries.get(own),
        }
    }

    /// Where a column's own entries start in its walk (after the common band), or 0 when it has
    /// none: where "next country" lands when the countries are stacked.
    fn first_own(&self, row: usize, column: usize) -> usize {
        self.comparison.rows.get(row).map_or(0, |r| {
            let own = r.columns.get(column).is_some_and(|c| !c.entries.is_empty());
            if own {
                r.common.len()
            } else {
                0
            }
        })
    }

    /// The item under the selection, if the focused cell has one.
    pub fn selected_item(&self) -> Option<ItemRef> {
        self.entry_at(self.row, self.column, self.entry)
            .map(|e| e.at)
    }

    /// Builds the comparison again (other countries, order, theme or filter), keeping the
    /// focused column and theme where they still exist. On a large corpus in the real terminal a
    /// worker builds it and [`CompareView::poll`] puts it in place; meanwhile the view says so.
    pub fn rebuild(&mut self, countries: Vec<CountryId>, options: Options, ctx: &Ctx) -> Vec<Msg> {
        self.job += 1;
        let large = ctx
            .corpus
            .reports
            .iter()
            .map(|r| r.items().count())
            .sum::<usize>()
            > BACKGROUND_ITEMS;
        match ctx.background.clone() {
            Some(wake) if large => {
                self.building = true;
                let job = self.job;
                let slot = Arc::clone(&self.slot);
                let corpus = Arc::clone(ctx.corpus);
                let rules = Arc::clone(ctx.rules);
                std::thread::spawn(move || {
                    let comparison = compute(&corpus, &rules.themes, &countries, &options);
                    if let Ok(mut slot) = slot.lock() {
                        *slot = Some((job, comparison));
                    }
                    wake.store(true, Ordering::SeqCst);
                });
                vec![info("building the comparison…")]
            }
            _ => {
                let comparison = compute(ctx.corpus, &ctx.rules.themes, &countries, &options);
                self.install(comparison);
                Vec::new()
            }
        }
    }

    /// Puts a built comparison in the view.
    fn install(&mut self, comparison: Comparison) {
        let theme = self.comparison.rows.get(self.row).map(|r| r.theme.clone());
        self.row = theme
            .and_then(|t| comparison.rows.iter().position(|r| r.theme == t))
            .unwrap_or(0);
        self.column = self
            .column
            .min(comparison.countries.len().saturating_sub(1));
        self.comparison = comparison;
        self.generation += 1;
        self.layout.replace(None);
        self.entry = 0;
        self.building = false;
        self.settle();
    }

    /// Puts a comparison a worker has finished in place (called by the loop before each frame);
    /// true when it did.
    pub fn poll(&mut self) -> bool {
        let ready = self.slot.lock().ok().and_then(|mut slot| slot.take());
        match ready {
            Some((job, comparison)) if job == self.job => {
                self.install(comparison);
                true
            }
            _ => false,
        }
    }

    /// Keeps the selection inside the comparison.
    pub fn settle(&mut self) {
        let rows = self.comparison.rows.len();
        let columns = self.comparison.countries.len();
        self.row = self.row.min(rows.saturating_sub(1));
        self.column = self.column.min(columns.saturating_sub(1));
        let len = self.cell_len(self.row, self.column);
        self.entry = self.entry.min(len.saturating_sub(1));
    }

    /// The selection's path through the view, in the order j/k walk it: side by side, the
    /// focused column's entries theme after theme; stacked, every country's entries theme after
    /// theme.
    fn walk(&self, stacked: bool) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (r, row) in self.comparison.rows.iter().enumerate() {
            let common = row.common.len();
            if stacked {
                // The band once, then every country's own entries.
                out.extend((0..common).map(|e| (r, 0, e)));
            }
            for (c, column) in row.columns.iter().enumerate() {
                if stacked {
                    out.extend((0..column.entries.len()).map(|e| (r, c, common + e)));
                } else if c == self.column {
                    out.extend((0..common + column.entries.len()).map(|e| (r, c, e)));
                }
            }
        }
        out
    }

    fn step(&mut self, delta: isize, stacked: bool) {
        let path = self.walk(stacked);
        if path.is_empty() {
            return;
        }
        let here = (self.row, self.column, self.entry);
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
        self.row = row;
        self.column = column;
        self.entry = entry;
    }

    /// An action in the comparison view.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Vec<Msg> {
        let countries = self.comparison.countries.clone();
        let options = self.comparison.options.clone();
        let columns = countries.len();
        let rows = self.comparison.rows.len();
        let stacked = stacked(ctx.size.width, columns);
        let mut out = Vec::new();
        match action {
            Action::MoveDown => self.step(1, stacked),
            Action::MoveUp => self.step(-1, stacked),
            Action::PageDown | Action::HalfPageDown => self.step(5, stacked),
            Action::PageUp | Action::HalfPageUp => self.step(-5, stacked),
            Action::Top => self.step(isize::MIN / 2, stacked),
            Action::Bottom => self.step(isize::MAX / 2, stacked),
            Action::FocusNext | Action::FocusPrevious => {
                self.column = if action == Action::FocusNext {
                    (self.column + 1) % columns
                } else {
                    (self.column + columns - 1) % columns
                };
                let len = self.cell_len(self.row, self.column);
                self.entry = self.entry.min(len.saturating_sub(1));
                if stacked {
                    self.entry = self.first_own(self.row, self.column);
                }
                // An empty cell: say so, and how to reach this country's items.
                let empty = self.comparison.rows.get(self.row).and_then(|row| {
                    let column = row.columns.get(self.column)?;
                    (column.entries.is_empty() && row.common.is_empty()).then(|| {
                        let down = ctx
                            .keymap
                            .first_key(super::super::keymap::Context::Compare, Action::MoveDown)
                            .map_or_else(|| "move_down".to_string(), |k| k.to_string());
                        format!(
                            "{} has nothing on {}: {down} goes to its next item",
                            column.country, row.label
                        )
                    })
                });
                if let Some(text) = empty {
                    out.push(info(&text));
                }
            }
            Action::NextTheme | Action::PreviousTheme | Action::NextItem | Action::PreviousItem => {
                let forward = matches!(action, Action::NextTheme | Action::NextItem);
                self.row = if forward {
                    (self.row + 1).min(rows.saturating_sub(1))
                } else {
                    self.row.saturating_sub(1)
                };
                self.entry = 0;
                self.scroll.set(0);
            }
            Action::Open => match self.selected_item() {
                // Read it under the column's country, where the comparison showed it.
                Some(at) => out.push(Msg::OpenItem {
                    at,
                    country: countries.get(self.column).map(CountryId::to_string),
                }),
                None => out.push(info("nothing here to open")),
            },
            Action::SwapColumns => {
                let mut countries = countries;
                let other = (self.column + 1) % columns;
                countries.swap(self.column, other);
                out.extend(self.rebuild(countries, options, ctx));
                self.column = other;
            }
            Action::AddCountry => {
                if columns >= MAX_COUNTRIES {
                    out.push(warn("at most three countries side by side"));
                } else if loaded_countries(ctx.tree).len() <= columns {
                    out.push(warn("every loaded country is in the comparison"));
                } else {
                    out.push(Msg::Pick(Purpose::CompareCountries {
                        chosen: countries,
                        adding: true,
                    }));
                }
            }
            Action::RemoveCountry => {
                if columns <= 2 {
                    out.push(warn(
                        "a comparison needs two countries (esc leaves the comparison)",
                    ));
                } else {
                    let mut countries = countries;
                    let removed = countries.remove(self.column);
                    out.extend(self.rebuild(countries, options, ctx));
                    out.push(info(&format!("{removed} removed")));
                }
            }
            Action::CycleShared => {
                let show = options.show.next();
                out.extend(self.rebuild(countries, Options { show, ..options }, ctx));
                out.push(info(match show {
                    Show::All => "showing every item",
                    Show::Shared => "showing what is common and shared (≈) only",
                    Show::Different => "showing what is only in one country",
                }));
            }
            Action::ThemeFilter => out.push(Msg::Pick(Purpose::CompareTheme)),
            Action::ClearFilters => {
                out.extend(self.rebuild(countries, Options::default(), ctx));
                out.push(info("every theme, every item"));
            }
            Action::ToggleRecommendations => {
                let only = !options.recommendations_only;
                let options = Options {
                    recommendations_only: only,
                    ..options
                };
                out.extend(self.rebuild(countries, options, ctx));
                out.push(info(if only {
                    "comparing recommendations only"
                } else {
                    "comparing every item"
                }));
            }
            Action::Copy | Action::CopyText => {
                match self.selected_item().and_then(|at| ctx.corpus.get(at)) {
                    Some((report, section, item)) => out.push(Msg::Copy(report.copy_text(
                        section,
                        item,
                        action == Action::Copy,
                    ))),
                    None => out.push(info("nothing to copy: select an item first")),
                }
            }
            Action::Back | Action::Close => out.push(Msg::LeaveComparison(self.before.clone())),
            Action::Help => out.push(Msg::Help),
            Action::Problems => out.push(Msg::Problems),
            Action::Quit => out.push(Msg::Quit),
            Action::Repaint => out.push(Msg::Repaint),
            Action::Suspend => out.push(Msg::Suspend),
            Action::Compare => out.push(start(ctx)),
            // Search from the comparison: the tree is searched and shown behind the prompt; Esc
            // comes back here, and so does Esc after reading a hit.
            Action::Search => {
                out.push(Msg::HideComparison);
                out.push(Msg::Search {
                    from_comparison: true,
                });
            }
            Action::NextHit => out.push(Msg::StepHit(1)),
            Action::PreviousHit => out.push(Msg::StepHit(-1)),
            Action::Outline | Action::JumpBack | Action::JumpForward | Action::Find => {
                out.push(info("esc leaves the comparison first"));
            }
            _ => {}
        }
        self.settle();
        out
    }

    /// Sets the theme limit from the theme picker (`None`: every theme).
    pub fn limit_theme(&mut self, theme: Option<String>, ctx: &Ctx) -> Vec<Msg> {
        let theme = theme.as_deref().map(ThemeLimit::from_id);
        let countries = self.comparison.countries.clone();
        let options = Options {
            theme: theme.clone(),
            ..self.comparison.options.clone()
        };
        let mut out = self.rebuild(countries, options, ctx);
        let label = |limit: &ThemeLimit| match limit {
            ThemeLimit::Theme(id) => ctx
                .themes
                .iter()
                .find(|(t, _)| id == t)
                .map_or(id.as_str().to_string(), |(_, l)| l.clone()),
            ThemeLimit::Unthemed => crate::compare::NO_THEME_LABEL.to_string(),
        };
        out.push(info(&match &theme {
            Some(id) => format!("comparison limited to {}", label(id)),
            None => "every theme".to_string(),
        }));
        out
    }

    /// Adds a column for a country picked in the picker, and focuses it.
    pub fn add_country(&mut self, country: CountryId, ctx: &Ctx) -> Vec<Msg> {
        let mut countries = self.comparison.countries.clone();
        countries.push(country);
        let column = countries.len() - 1;
        let options = self.comparison.options.clone();
        let out = self.rebuild(countries, options, ctx);
        self.column = column;
        if stacked(ctx.size.width, self.comparison.countries.len()) {
            self.entry = self.first_own(self.row, column);
        }
        self.settle();
        out
    }
}
