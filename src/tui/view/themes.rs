//! The theme picker (`t`): every theme with the number of items tagged with it; the first row
//! removes the theme filter.

use ratatui::layout::{Position, Rect};
use ratatui::Frame;

use super::super::state::AppState;
use super::outline::picker;

/// Rows of the picker: "(every theme)" then each theme with its item count.
pub fn rows(state: &AppState) -> Vec<(String, String)> {
    let mut rows = vec![("(every theme)".to_string(), String::new())];
    for (id, label) in &state.themes {
        let n = state
            .corpus
            .items()
            .filter(|(_, _, i)| i.themes.contains(id))
            .count();
        rows.push((label.clone(), n.to_string()));
    }
    rows
}

pub fn draw(frame: &mut Frame, body: Rect, state: &AppState, selected: usize) -> Option<Position> {
    picker(
        frame,
        body,
        state,
        "Filter by theme",
        &rows(state),
        selected,
    )
}
