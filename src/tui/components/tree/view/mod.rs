//! Drawing the three list panes (countries, reports and sections, items): each from the tree
//! and the selection, scrolled so the selected row is in sight (clamped while drawing).

mod countries;
mod items;
mod list;
mod sections;

use ratatui::layout::{Position, Rect};
use ratatui::Frame;

use super::super::super::state::{AppState, Focus};

/// Draws one list pane.
pub fn draw(frame: &mut Frame, rect: Rect, state: &AppState, pane: Focus) -> Option<Position> {
    match pane {
        Focus::Countries => countries::draw(frame, rect, state),
        Focus::Sections => sections::draw(frame, rect, state),
        Focus::Items => items::draw(frame, rect, state),
        Focus::Reader => None,
    }
}
