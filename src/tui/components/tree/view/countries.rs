//! The countries pane: every country of the loaded reports, then "All / Regional", with counts
//! of recommendations / other items (findings and list items), as the sections pane counts them,
//! so a country's count is the sum of its sections'.

use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui::Frame;

use super::super::super::super::state::{AppState, Focus};
use super::list::{self, Entry};

pub fn draw(frame: &mut Frame, rect: Rect, state: &AppState) -> Option<Position> {
    list::draw(
        frame,
        rect,
        state,
        Focus::Countries,
        if rect.width >= 28 {
            "Countries · rec/other".to_string()
        } else {
            "Countries".to_string()
        },
        |n| {
            let node = &state.tree.nodes.countries[n];
            Entry {
                marker: Span::raw(""),
                left: node.scope.label().to_string(),
                left_style: state.palette.text,
                right: format!("{}/{}", node.counts.recommendations, node.counts.other()),
            }
        },
    )
}
