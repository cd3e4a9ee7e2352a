//! The reading pane: the selected item in full. Its state is the scroll (clamped by the view)
//! and find-in-item (`f`, then `n`/`N`, as in less): the words typed are highlighted in the item
//! and the view scrolls the current match into sight.

pub mod view;

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use super::super::action::Action;
use super::super::input::TextInput;
use super::super::layout::page;
use super::super::msg::Msg;
use super::super::state::{Focus, Level, Status};
use super::{Ctx, Scroll};
use crate::corpus::model::{Corpus, Item, ItemKind, ItemRef};
use crate::relations::{HistoryIndex, Related};
use crate::text::fold;

/// Where `H` goes: the item, the hop to remember ([`Reader::hop`]) and what to say.
pub type Hop = (ItemRef, Option<(String, usize)>, String);

/// What `H` says while the history index is being built.
const STILL_LOOKING: &str = "still looking through the other reports; try again in a moment";

/// What `H` does on `item`: the item to read next in its history and the new hop, or why there
/// is none. Newest first; from the last, back to where the jumps started.
pub fn next_in_history(reader: &Reader, corpus: &Corpus, item: &Item) -> Result<Hop, String> {
    let label = |report_id: &str| {
        corpus
            .reports
            .iter()
            .find(|r| r.id == report_id)
            .map_or_else(|| report_id.to_string(), |r| r.short_label())
    };
    let locate = |id: &str| {
        corpus
            .items_with_refs()
            .find(|(_, i)| i.id == id)
            .map(|(at, _)| at)
    };
    // Continuing a chain: the item shown is the origin's entry at `index`.
    if let Some((origin, index)) = &reader.hop {
        if let Some((_, _, start)) = corpus.find_item(origin) {
            let related = reader.history.of(corpus, start).ok_or(STILL_LOOKING)?;
            if related.get(*index).is_some_and(|r| r.id == item.id) {
                let next = index + 1;
                return match related.get(next) {
                    Some(r) => Ok((
                        locate(&r.id).ok_or("the related item is gone")?,
                        Some((origin.clone(), next)),
                        format!(
                            "also recommended in {} ({} of {})",
                            label(&r.report_id),
                            next + 1,
                            related.len()
                        ),
                    )),
                    None => Ok((
                        locate(origin).ok_or("the first item is gone")?,
                        None,
                        "back to where the history started".to_string(),
                    )),
                };
            }
        }
    }
    let related = reader.history.of(corpus, item).ok_or(STILL_LOOKING)?;
    match related.first() {
        Some(r) => Ok((
            locate(&r.id).ok_or("the related item is gone")?,
            Some((item.id.clone(), 0)),
            format!(
                "also recommended in {} (1 of {})",
                label(&r.report_id),
                related.len()
            ),
        )),
        None if item.kind == ItemKind::Recommendation => {
            Err("no other report makes this recommendation".to_string())
        }
        None => Err("only recommendations have a history".to_string()),
    }
}

/// Find-in-item: what is looked for and which match is current.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Find {
    pub input: TextInput,
    /// True while the find prompt takes the keys.
    pub typing: bool,
    /// Index of the current match (wraps around).
    pub current: usize,
    /// Matches in the item as last drawn (set by the view).
    pub count: Cell<usize>,
    /// The view should bring the current match into sight.
    pub reveal: Cell<bool>,
}

impl Find {
    /// Folded words to highlight.
    pub fn terms(&self) -> Vec<String> {
        self.input
            .text()
            .split_whitespace()
            .map(fold)
            .filter(|w| !w.is_empty())
            .collect()
    }
}

/// The history of the recommendation being read ([`crate::relations::HistoryIndex`]), kept
/// for the item it was found for: the reading pane draws it every frame. The index is built on
/// first use, or — on a large corpus in a real terminal — on a thread after the first frame
/// ([`History::start`]), so no keystroke waits for it.
#[derive(Debug, Clone, Default)]
pub struct History {
    index: Arc<OnceLock<HistoryIndex>>,
    /// A thread builds the index: until it is done, histories are not known yet.
    building: Arc<AtomicBool>,
    cache: RefCell<Option<(String, Vec<Related>)>>,
}

impl PartialEq for History {
    /// A cache: never part of what makes two readers differ.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for History {}

impl History {
    /// The same or reworded recommendation in other reports, newest first; `None` while the
    /// index is still being built off the UI thread.
    pub fn of(&self, corpus: &Corpus, item: &Item) -> Option<Vec<Related>> {
        if item.kind != ItemKind::Recommendation {
            return Some(Vec::new());
        }
        let mut cache = self.cache.borrow_mut();
        if let Some((id, related)) = &*cache {
            if *id == item.id {
                return Some(related.clone());
            }
        }
        let index = if self.building.load(Ordering::SeqCst) {
            self.index.get()?
        } else {
            self.index.get_or_init(|| HistoryIndex::build(corpus))
        };
        let related = index.related(corpus, item);
        *cache = Some((item.id.clone(), related.clone()));
        Some(related)
    }

    /// Starts building the index on a thread (once), raising `wake` when it is done so the
    /// reading pane is drawn again with the history.
    pub fn start(&self, corpus: &Arc<Corpus>, wake: &Arc<AtomicBool>) {
        if self.index.get().is_some() || self.building.swap(true, Ordering::SeqCst) {
            return;
        }
        let (index, corpus, wake) = (
            Arc::clone(&self.index),
            Arc::clone(corpus),
            Arc::clone(wake),
        );
        let spawned = std::thread::Builder::new()
            .name("history-index".into())
            .spawn(move || {
                index.get_or_init(|| HistoryIndex::build(&corpus));
                wake.store(true, Ordering::SeqCst);
            });
        if spawned.is_err() {
            // No thread: build on first use instead.
            self.building.store(false, Ordering::SeqCst);
        }
    }
}

/// The reading pane's own state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reader {
    pub scroll: Scroll,
    pub find: Option<Find>,
    pub history: History,
    /// After `H`: the recommendation the jumps started from and the index in its history of the
    /// one shown, so that `H` again goes on to the next (and at the end back to the start).
    pub hop: Option<(String, usize)>,
}

fn status(level: Level, text: String) -> Msg {
    Msg::Status(Status { level, text })
}

impl Reader {
    /// Another item is shown: back to its top, and the find is over.
    pub fn reset(&mut self) {
        self.scroll.top();
        self.find = None;
    }

    /// An action while the reading pane has the focus: scrolling (Enter pages, as in less),
    /// `n`/`N` through find matches, closing the find. `None` when the action is not the
    /// reading pane's (the app hands it to the tree).
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Option<Vec<Msg>> {
        let page = page(ctx.size, Focus::Reader, Focus::Reader);
        if self.scroll.apply(action, page) {
            return Some(Vec::new());
        }
        match action {
            Action::Open => self.scroll.by(page as isize - 1),
            Action::NextHit if self.finding() => return Some(self.step(1)),
            Action::PreviousHit if self.finding() => return Some(self.step(-1)),
            Action::Close if self.find.is_some() => self.find = None,
            _ => return None,
        }
        Some(Vec::new())
    }

    /// True while the find prompt takes the keys.
    pub fn typing(&self) -> bool {
        self.find.as_ref().is_some_and(|f| f.typing)
    }

    /// Opens the find prompt (`f`).
    pub fn open_find(&mut self) {
        self.find = Some(Find {
            typing: true,
            ..Find::default()
        });
    }

    /// Typed text while the find prompt is open.
    pub fn type_text(&mut self, text: &str) {
        if let Some(find) = self.find.as_mut().filter(|f| f.typing) {
            find.input.insert(text);
            find.current = 0;
            find.reveal.set(true);
        }
    }

    /// An action of the `[prompt]` keymap while the find prompt is open.
    pub fn update_find(&mut self, action: Action, _ctx: &Ctx) -> Vec<Msg> {
        let Some(find) = self.find.as_mut() else {
            return Vec::new();
        };
        match action {
            Action::Close | Action::Back | Action::Quit => {
                self.find = None;
                Vec::new()
            }
            Action::Open => {
                find.typing = false;
                let n = find.count.get();
                if find.input.is_empty() {
                    self.find = None;
                    Vec::new()
                } else if n == 0 {
                    vec![status(
                        Level::Warning,
                        format!("{:?} is not in this item", find.input.text()),
                    )]
                } else {
                    vec![status(
                        Level::Info,
                        format!("match 1 of {n} (n next, N previous)"),
                    )]
                }
            }
            Action::MoveDown | Action::MoveUp => {
                self.step(if action == Action::MoveDown { 1 } else { -1 })
            }
            edit if edit.edits_text() => {
                if find.input.apply(edit) {
                    find.current = 0;
                    find.reveal.set(true);
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// True when `n`/`N` step through find matches rather than search hits.
    pub fn finding(&self) -> bool {
        self.find.as_ref().is_some_and(|f| !f.input.is_empty())
    }

    /// `n` / `N` with a find in force: the next or previous match, wrapping around.
    pub fn step(&mut self, delta: isize) -> Vec<Msg> {
        let Some(find) = self.find.as_mut() else {
            return Vec::new();
        };
        let n = find.count.get();
        if n == 0 {
            return vec![status(
                Level::Warning,
                format!("{:?} is not in this item", find.input.text()),
            )];
        }
        find.current = (find.current as isize + delta).rem_euclid(n as isize) as usize;
        find.reveal.set(true);
        vec![status(
            Level::Info,
            format!("match {} of {n}", find.current + 1),
        )]
    }
}
