//! The problem list (`!`): every problem found loading the reports, as `file:line: message`,
//! in a scrolled window whose view clamps the scroll.

pub mod view;

use super::super::action::Action;
use super::super::msg::Msg;
use super::{Ctx, Scroll};

/// The open problem list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    pub scroll: Scroll,
}

impl Problems {
    /// Scrolls; closes on close, back, quit, help, enter or `!` again.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Vec<Msg> {
        match action {
            Action::Close
            | Action::Back
            | Action::Quit
            | Action::Help
            | Action::Open
            | Action::Problems => vec![Msg::CloseOverlay],
            other => {
                self.scroll
                    .apply(other, ctx.size.height.saturating_sub(4).into());
                Vec::new()
            }
        }
    }
}
