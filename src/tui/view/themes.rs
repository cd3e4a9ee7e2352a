//! The theme picker (`t`): every theme with the number of items tagged with it (in the
//! comparison: each compared country's number); the first row removes the theme filter.

use ratatui::layout::{Position, Rect};
use ratatui::Frame;

use super::super::state::AppState;
use super::outline::picker;

/// Rows of the picker: "(every theme)" then each theme with its count.
pub fn rows(state: &AppState, counts: &[String]) -> Vec<(String, String)> {
    let mut rows = vec![("(every theme)".to_string(), String::new())];
    for (i, (_, label)) in state.themes.iter().enumerate() {
        rows.push((label.clone(), counts.get(i).cloned().unwrap_or_default()));
    }
    rows
}

pub fn draw(
    frame: &mut Frame,
    body: Rect,
    state: &AppState,
    selected: usize,
    counts: &[String],
    for_comparison: bool,
) -> Option<Position> {
    let title = if for_comparison {
        "Limit the comparison to"
    } else {
        "Filter by theme"
    };
    picker(frame, body, state, title, &rows(state, counts), selected)
}
