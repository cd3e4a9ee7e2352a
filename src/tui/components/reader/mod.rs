//! The reading pane: the selected item in full. Its state is the scroll (clamped by the view)
//! and find-in-item (`f`, then `n`/`N`, as in less): the words typed are highlighted in the item
//! and the view scrolls the current match into sight.

pub mod view;

use std::cell::Cell;

use super::super::action::Action;
use super::super::input::TextInput;
use super::super::layout::page;
use super::super::msg::Msg;
use super::super::state::{Focus, Level, Status};
use super::{Ctx, Scroll};
use crate::text::fold;

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

/// The reading pane's own state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reader {
    pub scroll: Scroll,
    pub find: Option<Find>,
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
