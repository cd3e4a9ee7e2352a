//! The items pane: the selected section's items for the country, one per row, grouped by
//! addressee; recommendations carry a `●` marker and their own colour.

use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui::Frame;

use crate::corpus::model::ItemKind;

use super::super::super::super::state::{AppState, Focus};
use super::super::super::super::view::marker;
use super::list::{self, Entry};

pub fn draw(frame: &mut Frame, rect: Rect, state: &AppState) -> Option<Position> {
    let title = match state.section_node() {
        Some((_, s)) => s.label.clone(),
        None => Focus::Items.title().to_string(),
    };
    let refs = state.section_node().map_or(&[][..], |(_, s)| &s.items);
    let p = &state.palette;
    list::draw(frame, rect, state, Focus::Items, title, |n| {
        let item = refs
            .get(n)
            .and_then(|at| state.resolve(*at))
            .map(|(_, _, i)| i);
        match item {
            Some(item) => {
                let style = if item.kind == ItemKind::Recommendation {
                    p.recommendation
                } else {
                    p.text
                };
                Entry {
                    marker: Span::styled(marker(item.kind), style),
                    left: item.text.clone(),
                    left_style: p.text,
                    right: String::new(),
                }
            }
            // Not decoded yet (see `AppState::loading`).
            None => Entry {
                marker: Span::raw(""),
                left: if state.loading.is_some() {
                    "loading…".to_string()
                } else {
                    String::new()
                },
                left_style: p.text,
                right: String::new(),
            },
        }
    })
}
