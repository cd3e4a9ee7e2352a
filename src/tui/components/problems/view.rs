//! Drawing the problem list: each problem wrapped under its file:line, errors in the warning
//! colour.

use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::Frame;

use super::super::super::state::AppState;
use super::super::super::view::{box_rect, pager};
use super::Problems;

/// The problems found while loading (`!`), each wrapped under its file:line.
pub fn draw(frame: &mut Frame, body: Rect, state: &AppState, list: &Problems) -> Option<Position> {
    let lines = problem_lines(state, box_rect(body).width.saturating_sub(2));
    let title = format!(
        " {} loading the reports · esc closes ",
        crate::text::count(state.problems.len(), "problem")
    );
    pager(frame, body, state, &title, lines, &list.scroll)
}

/// The problem list wrapped to `width` columns, a blank line between problems.
fn problem_lines(state: &AppState, width: u16) -> Vec<Line<'static>> {
    let p = &state.palette;
    let mut out = Vec::new();
    for (i, problem) in state.problems.lines().iter().enumerate() {
        if i > 0 {
            out.push(Line::raw(""));
        }
        let style = if problem.contains(": error: ") {
            p.warning
        } else {
            p.text
        };
        for line in crate::text::wrap(problem, width.max(1) as usize) {
            out.push(Line::styled(line, style));
        }
    }
    out
}
