//! The sections pane: for the selected country, the reports that speak of it (newest first)
//! and under each its sections, with the count of the country's items in each.

use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui::Frame;

use super::super::super::super::state::{AppState, Focus};
use super::list::{self, Entry};

pub fn draw(frame: &mut Frame, rect: Rect, state: &AppState) -> Option<Position> {
    let country = state.country_node();
    let title = match country {
        Some(c) if rect.width >= 40 => format!("{} · reports · rec/other", c.scope.label()),
        Some(c) => format!("{} · reports", c.scope.label()),
        None => Focus::Sections.title().to_string(),
    };
    list::draw(frame, rect, state, Focus::Sections, title, |n| {
        let Some((_, section)) = state.tree.section_at(n) else {
            return Entry {
                marker: Span::raw(""),
                left: String::new(),
                left_style: state.palette.text,
                right: String::new(),
            };
        };
        let c = section.counts;
        let right = format!("{}/{}", c.recommendations, c.other());
        Entry {
            marker: Span::raw(" "),
            left: section.label.clone(),
            left_style: state.palette.text,
            right,
        }
    })
}
