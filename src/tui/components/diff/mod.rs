//! What changed between two reports (`D` on a report, then the other report in a picker): the
//! library's diff ([`crate::relations::diff`]) as lines in a scrolled window, the view clamping
//! the scroll. Closes like the problem list.

pub mod view;

use super::super::action::Action;
use super::super::msg::Msg;
use super::{Ctx, Scroll};

/// The open diff: its title and the library's lines ([`crate::relations::diff_lines`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiffPage {
    pub title: String,
    pub lines: Vec<(usize, String)>,
    pub scroll: Scroll,
}

impl DiffPage {
    /// The diff from report `a` to report `b` of the corpus (indices), or `None` when either is
    /// not loaded.
    pub fn new(corpus: &crate::corpus::model::Corpus, a: usize, b: usize) -> Option<Self> {
        let (ra, rb) = (corpus.reports.get(a)?, corpus.reports.get(b)?);
        let diff = crate::relations::diff(ra, rb);
        let (la, lb) = (ra.short_label(), rb.short_label());
        Some(DiffPage {
            title: format!(" {la} → {lb} · esc closes "),
            lines: crate::relations::diff_lines(&diff, corpus, &la, &lb),
            scroll: Scroll::default(),
        })
    }

    /// Scrolls; closes on close, back, quit, help or enter.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Vec<Msg> {
        self.scroll.window_update(action, ctx)
    }
}
