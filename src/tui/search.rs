//! Search in the reader: the `/` prompt's state (input, parsed query, hits, selection, history)
//! and what its keys do. Matching itself is [`crate::search`]; this file only keeps the reader's
//! side of it, so [`super::update`] stays the one place that changes the state.

use std::sync::{Arc, Mutex};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::corpus::model::Corpus;
use crate::corpus::ImportRules;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::search::{Hit, Query, SearchIndex, SearchSession, DEFAULT_LIMIT, HANDFUL};
use crate::tree::ItemRef;

use super::state::{AppState, Focus, Level, Overlay, Place, Status};
use super::update;

/// Queries kept in the session's history.
const HISTORY: usize = 50;

/// Where a search worker leaves its hits, with the generation (query) they belong to.
type WorkerSlot = Arc<Mutex<Option<(u64, Vec<Hit>)>>>;

/// The reader's search: the index (built once), the open prompt and the last results.
#[derive(Debug, Clone)]
pub struct SearchUi {
    pub index: Arc<SearchIndex>,
    /// Gazetteer and theme rules for `@country` and `#theme`.
    pub rules: Arc<ImportRules>,
    session: SearchSession,
    /// What the user typed in the prompt.
    pub input: String,
    /// `input` parsed.
    pub query: Query,
    /// Hits of `query`, best first.
    pub hits: Vec<Hit>,
    /// Selected hit in the prompt's list.
    pub selected: usize,
    /// The view before the prompt opened (Esc goes back to it).
    pub before: Option<Place>,
    /// The prompt was opened from the comparison view: Esc goes back to it.
    pub from_comparison: bool,
    /// Earlier queries of this session, oldest first.
    pub history: Vec<String>,
    /// Position in `history` while recalling with ↑.
    history_at: Option<usize>,
    /// The last query confirmed with Enter and its hits, for `n`/`N` and highlighting.
    pub last: Option<LastSearch>,
    /// When set (the real terminal), the typo tier runs on a worker thread and this flag is
    /// raised when its hits are ready; tests leave it unset and search synchronously.
    pub background: Option<Arc<AtomicBool>>,
    /// Generation of the newest query; a worker's hits for an older one are dropped.
    generation: Arc<AtomicU64>,
    /// Where workers put their hits, with the generation they searched for.
    results: WorkerSlot,
    /// Generation a worker is still searching for.
    pending: Option<u64>,
}

/// A confirmed search: what `n`/`N` step through.
#[derive(Debug, Clone, PartialEq)]
pub struct LastSearch {
    pub input: String,
    /// The query's folded words (highlighted in items that are not hits).
    pub words: Vec<String>,
    pub hits: Vec<Hit>,
    /// Index of the hit shown now.
    pub at: usize,
}

impl SearchUi {
    /// Builds the index over the corpus.
    pub fn new(corpus: &Corpus, rules: ImportRules) -> Self {
        Self::with_index(SearchIndex::new(corpus), rules)
    }

    /// Over an index built already (the on-disk cache's).
    pub fn with_index(index: SearchIndex, rules: ImportRules) -> Self {
        SearchUi {
            index: Arc::new(index),
            rules: Arc::new(rules),
            session: SearchSession::default(),
            input: String::new(),
            query: Query::default(),
            hits: Vec::new(),
            selected: 0,
            before: None,
            from_comparison: false,
            history: Vec::new(),
            history_at: None,
            last: None,
            background: None,
            generation: Arc::new(AtomicU64::new(0)),
            results: Arc::new(Mutex::new(None)),
            pending: None,
        }
    }

    /// Parses the input and searches (every keystroke). An empty query shows nothing.
    ///
    /// With `background` set, the exact tier runs here and, when it finds fewer than a
    /// handful, the typo tier runs on a worker thread; a newer keystroke makes the older
    /// worker's hits stale (generation counter), and the UI never waits for it.
    pub fn refresh(&mut self) {
        self.query = Query::parse(&self.input, &self.rules.gazetteer, &self.rules.themes);
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        self.pending = None;
        self.selected = 0;
        if self.query.is_empty() || !self.query.problems.is_empty() {
            self.hits = Vec::new();
            return;
        }
        let Some(wake) = self.background.clone() else {
            self.hits = self
                .session
                .search(&self.index, &self.query, DEFAULT_LIMIT, true);
            return;
        };
        self.hits = self
            .session
            .search(&self.index, &self.query, DEFAULT_LIMIT, false);
        if self.hits.len() >= HANDFUL {
            return;
        }
        let (index, query, current, results) = (
            Arc::clone(&self.index),
            self.query.clone(),
            Arc::clone(&self.generation),
            Arc::clone(&self.results),
        );
        let spawned = std::thread::Builder::new()
            .name("steppe-typo-search".into())
            .spawn(move || {
                let hits = index.search_in(&query, DEFAULT_LIMIT, None, true);
                if current.load(Ordering::SeqCst) == generation {
                    if let Ok(mut slot) = results.lock() {
                        *slot = Some((generation, hits));
                        wake.store(true, Ordering::SeqCst);
                    }
                }
            });
        if spawned.is_ok() {
            self.pending = Some(generation);
        } else {
            // No thread to be had: search here, as the tests do.
            self.hits = self
                .session
                .search(&self.index, &self.query, DEFAULT_LIMIT, true);
        }
    }

    /// Takes the worker's hits if they are for the newest query. True when the hits changed.
    pub fn receive(&mut self) -> bool {
        let Some(generation) = self.pending else {
            return false;
        };
        let taken = match self.results.lock() {
            Ok(mut slot) => slot.take(),
            Err(_) => None,
        };
        match taken {
            Some((g, hits)) if g == generation => {
                self.hits = hits;
                self.pending = None;
                true
            }
            _ => false,
        }
    }

    /// True while a worker is still looking for near-spellings of the newest query.
    pub fn searching(&self) -> bool {
        self.pending.is_some()
    }

    /// Folded words to highlight in the reading pane: those of the open prompt, else of the
    /// last confirmed search.
    pub fn terms_for(&self, open: bool, at: ItemRef) -> Vec<String> {
        let (hits, words) = if open {
            (&self.hits, &self.query.words)
        } else {
            match &self.last {
                Some(last) => (&last.hits, &last.words),
                None => return Vec::new(),
            }
        };
        hits.iter()
            .find(|h| to_tree(h) == at)
            .map_or_else(|| words.clone(), |h| h.terms.clone())
    }

    fn remember(&mut self) {
        let input = self.input.trim().to_string();
        if input.is_empty() {
            return;
        }
        self.history.retain(|h| *h != input);
        self.history.push(input);
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
    }
}

/// The tree's reference for a hit.
pub fn to_tree(hit: &Hit) -> ItemRef {
    ItemRef {
        report: hit.at.report,
        section: hit.at.section,
        item: hit.at.item,
    }
}

/// Opens the prompt (the `search` action).
/// Shows the background typo-tier hits when they have arrived (called by the loop before
/// each frame). True when something changed.
pub fn poll(state: &mut AppState) -> bool {
    if !state.search.receive() {
        return false;
    }
    if state.overlay == Some(Overlay::Search) {
        preview(state);
    }
    true
}

pub fn open(state: &mut AppState) {
    state.search.before = Some(state.place());
    state.search.from_comparison = false;
    state.search.input.clear();
    state.search.history_at = None;
    state.search.refresh();
    state.focus = Focus::Reader;
    state.overlay = Some(Overlay::Search);
}

/// Shows the selected hit in the reading pane without recording a jump.
fn preview(state: &mut AppState) {
    if let Some(hit) = state.search.hits.get(state.search.selected) {
        let at = to_tree(hit);
        let from = state.search.before.clone();
        update::show_item_ref(state, at, from.as_ref());
    } else if let Some(before) = state.search.before.clone() {
        update::restore_place(state, &before);
    }
    state.focus = Focus::Reader;
    state.reader_scroll = 0;
}

/// Closes the prompt and goes back to where the user was (the comparison, if the prompt was
/// opened there).
pub fn cancel(state: &mut AppState) {
    leave(state);
    if std::mem::take(&mut state.search.from_comparison) && super::compare::come_back(state) {
        super::compare::settle(state);
    }
}

/// Closes the prompt and restores the tree's place from before it opened.
fn leave(state: &mut AppState) {
    state.overlay = None;
    if let Some(before) = state.search.before.take() {
        update::restore_place(state, &before);
    }
}

/// Enter: closes the prompt and jumps to the selected hit (the jump list can go back).
pub fn confirm(state: &mut AppState) {
    let Some(hit) = state.search.hits.get(state.search.selected).cloned() else {
        return; // "no matches": the prompt stays open
    };
    state.search.remember();
    state.search.last = Some(LastSearch {
        input: state.search.input.trim().to_string(),
        words: state.search.query.words.clone(),
        hits: state.search.hits.clone(),
        at: state.search.selected,
    });
    // The hit is read in the tree; a comparison it was searched from stays one Esc away.
    state.search.from_comparison = false;
    leave(state);
    go_to(state, &hit);
    if state.status.is_none() && state.compare.as_ref().is_some_and(|v| !v.shown) {
        state.status = Some(Status {
            level: Level::Info,
            text: "esc: back to the comparison".to_string(),
        });
    }
}

fn go_to(state: &mut AppState, hit: &Hit) {
    if !update::select_item_ref(state, to_tree(hit)) {
        state.status = Some(Status {
            level: Level::Warning,
            text: "that item is hidden by the filters (x removes them)".to_string(),
        });
    }
}

/// `n` / `N`: the next or previous hit of the last search.
pub fn step(state: &mut AppState, delta: isize) {
    let Some(last) = &mut state.search.last else {
        state.status = Some(Status {
            level: Level::Info,
            text: "no search yet (/ searches)".to_string(),
        });
        return;
    };
    let n = last.hits.len() as isize;
    if n == 0 {
        return;
    }
    last.at = (last.at as isize + delta).rem_euclid(n) as usize;
    let hit = last.hits[last.at].clone();
    go_to(state, &hit);
}

/// "3/11" for the status bar, when there is a last search.
pub fn position(state: &AppState) -> Option<String> {
    let last = state.search.last.as_ref()?;
    Some(format!(
        "/{} {}/{}",
        last.input,
        last.at + 1,
        last.hits.len()
    ))
}

/// Moves the selection in the prompt's list and previews it.
pub fn move_selection(state: &mut AppState, delta: isize) {
    let n = state.search.hits.len();
    if n == 0 {
        return;
    }
    let next = (state.search.selected as isize + delta).clamp(0, n as isize - 1);
    state.search.selected = next as usize;
    preview(state);
}

fn recall(state: &mut AppState, older: bool) {
    let ui = &mut state.search;
    if ui.history.is_empty() {
        return;
    }
    let at = match (ui.history_at, older) {
        (None, true) => ui.history.len() - 1,
        (None, false) => return,
        (Some(i), true) => i.saturating_sub(1),
        (Some(i), false) if i + 1 < ui.history.len() => i + 1,
        (Some(_), false) => {
            ui.history_at = None;
            ui.input.clear();
            ui.refresh();
            preview(state);
            return;
        }
    };
    ui.history_at = Some(at);
    ui.input = ui.history[at].clone();
    ui.refresh();
    preview(state);
}

/// A key while the prompt is open. Text keys edit the query; the rest move or close.
pub fn handle_key(state: &mut AppState, key: &KeyEvent) {
    state.status = None;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let edited = match key.code {
        KeyCode::Esc => {
            cancel(state);
            return;
        }
        KeyCode::Enter => {
            confirm(state);
            return;
        }
        KeyCode::Char('c') if ctrl => {
            state.quit = true;
            return;
        }
        KeyCode::Up if state.search.input.is_empty() || state.search.history_at.is_some() => {
            recall(state, true);
            return;
        }
        KeyCode::Down if state.search.history_at.is_some() => {
            recall(state, false);
            return;
        }
        KeyCode::Char('p') if ctrl => {
            move_selection(state, -1);
            return;
        }
        KeyCode::Up => {
            move_selection(state, -1);
            return;
        }
        KeyCode::Down | KeyCode::Tab => {
            move_selection(state, 1);
            return;
        }
        KeyCode::Char('n') if ctrl => {
            move_selection(state, 1);
            return;
        }
        KeyCode::PageDown => {
            move_selection(state, 10);
            return;
        }
        KeyCode::PageUp => {
            move_selection(state, -10);
            return;
        }
        KeyCode::Char('u') if ctrl => {
            state.search.input.clear();
            true
        }
        KeyCode::Char('w') if ctrl => {
            let trimmed = state.search.input.trim_end();
            let cut = trimmed.rfind(' ').map_or(0, |i| i + 1);
            state.search.input.truncate(cut);
            true
        }
        KeyCode::Backspace => state.search.input.pop().is_some(),
        KeyCode::Char(c) if !ctrl && !c.is_control() => {
            state.search.input.push(c);
            true
        }
        _ => false,
    };
    if edited {
        state.search.history_at = None;
        state.search.refresh();
        preview(state);
    }
}
