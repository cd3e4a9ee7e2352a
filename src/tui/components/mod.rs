//! The reader's components, one folder each: its state, an `update` that takes an
//! [`Action`](super::action::Action) and returns [`Msg`](super::msg::Msg)s, and a `view` that
//! only reads (and clamps its own scroll while drawing). A component never imports another
//! (checked by `tests/architecture.rs`); [`super::app`] routes their messages.
//!
//! - `tree`: the countries, sections and items panes (selection, filters, jump list);
//! - `reader`: the reading pane (scroll, find-in-item, what `y` copies);
//! - `prompt`: the `/` search prompt and its hits;
//! - `compare`: the comparison view;
//! - `picker`: one typeable picker for countries, themes and headings;
//! - `help`, `problems`: the two scrolled windows.

pub mod compare;
pub mod diff;
pub mod help;
pub mod picker;
pub mod problems;
pub mod prompt;
pub mod reader;
pub mod tree;

use std::cell::Cell;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use ratatui::layout::Rect;

use crate::corpus::model::Corpus;
use crate::corpus::ImportRules;
use crate::tree::CountryTree;

use super::action::Action;
use super::keymap::Keymap;
use super::msg::Msg;
use super::state::Place;

/// What a component may read while it handles an action.
pub struct Ctx<'a> {
    pub corpus: &'a Arc<Corpus>,
    pub rules: &'a Arc<ImportRules>,
    pub keymap: &'a Keymap,
    /// Theme ids and labels, in rule order.
    pub themes: &'a [(String, String)],
    pub tree: &'a CountryTree,
    /// Terminal size.
    pub size: Rect,
    /// Where the tree is now.
    pub place: Place,
    /// Raised by background work when it has something to show (the real terminal only).
    pub background: Option<Arc<AtomicBool>>,
}

/// A scroll offset that the view clamps while drawing (ratatui's `StatefulWidget` idea): update
/// moves it freely and never measures text; the view records the last useful offset (and may
/// move the offset to reveal a line), so the next move starts from what is on screen. Both are
/// cells so that views keep taking `&` state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scroll {
    offset: Cell<usize>,
    max: Cell<usize>,
}

impl Default for Scroll {
    fn default() -> Self {
        Scroll {
            offset: Cell::new(0),
            max: Cell::new(usize::MAX),
        }
    }
}

impl Scroll {
    /// The offset as last drawn (within the text).
    pub fn offset(&self) -> usize {
        self.offset.get().min(self.max.get())
    }

    /// Moves by `delta` lines from what is on screen.
    pub fn by(&mut self, delta: isize) {
        let next = self
            .offset()
            .saturating_add_signed(delta)
            .min(self.max.get());
        self.offset.set(next);
    }

    pub fn top(&mut self) {
        self.offset.set(0);
    }

    pub fn bottom(&mut self) {
        self.offset.set(usize::MAX);
    }

    /// Scrolls by an action (j/k, pages of `page` lines, top/bottom); false for other actions.
    /// For a window of text that only scrolls (help, a diff): close, back, quit, help and enter
    /// close it; any other action scrolls it by the screen's height.
    pub fn window_update(&mut self, action: Action, ctx: &Ctx) -> Vec<Msg> {
        match action {
            Action::Close | Action::Back | Action::Quit | Action::Help | Action::Open => {
                vec![Msg::CloseOverlay]
            }
            other => {
                self.apply(other, ctx.size.height.saturating_sub(4).into());
                Vec::new()
            }
        }
    }

    pub fn apply(&mut self, action: Action, page: usize) -> bool {
        let page = page.max(1) as isize;
        match action {
            Action::MoveDown => self.by(1),
            Action::MoveUp => self.by(-1),
            Action::PageDown => self.by(page),
            Action::PageUp => self.by(-page),
            Action::HalfPageDown => self.by((page / 2).max(1)),
            Action::HalfPageUp => self.by(-(page / 2).max(1)),
            Action::Top => self.top(),
            Action::Bottom => self.bottom(),
            _ => return false,
        }
        true
    }

    /// For views: the offset to draw with when `max` is the last useful one (remembered).
    pub fn clamp(&self, max: usize) -> usize {
        self.max.set(max);
        let offset = self.offset.get().min(max);
        self.offset.set(offset);
        offset
    }

    /// For views: scrolls (as little as needed) so `line` is on a screen of `height` lines.
    pub fn reveal(&self, line: usize, height: usize) {
        let offset = self.offset.get();
        if line < offset {
            self.offset.set(line);
        } else if line >= offset + height.max(1) {
            self.offset.set(line + 1 - height.max(1));
        }
    }
}
