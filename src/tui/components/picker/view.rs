//! Drawing a picker: a box with what is typed in its title and the matching rows, the selected
//! one highlighted and scrolled into view.

use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Clear};
use ratatui::Frame;

use super::super::super::state::AppState;
use super::super::super::view::{centered, line_area};
use super::Picker;
use crate::text::{truncate, width};

/// Draws a picker box with rows and a selected row.
fn picker(
    frame: &mut Frame,
    body: Rect,
    state: &AppState,
    title: &str,
    rows: &[(String, String)],
    selected: usize,
) -> Option<Position> {
    let p = &state.palette;
    let widest = rows
        .iter()
        .map(|(a, b)| width(a) + width(b) + 4)
        .max()
        .unwrap_or(10)
        .max(width(title) + 4);
    let height = (rows.len() as u16 + 2).min(body.height);
    let rect = centered(
        body,
        (widest as u16 + 2).min(body.width.saturating_sub(4)),
        height,
    );
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(p.border_focused)
        .title(Line::styled(format!(" {title} "), p.title));
    let area = block.inner(rect);
    frame.render_widget(block, rect);
    let h = area.height as usize;
    let offset = (selected + 1).saturating_sub(h);
    let w = area.width as usize;
    let mut cursor = None;
    for (i, (left, right)) in rows.iter().enumerate().skip(offset).take(h) {
        let y = area.y + (i - offset) as u16;
        let marker = if i == selected { "▌" } else { " " };
        let left = truncate(left, w.saturating_sub(width(right) + 2));
        let pad = w.saturating_sub(1 + width(&left) + width(right));
        let mut line = Line::raw(format!("{marker}{left}{}{right}", " ".repeat(pad)));
        if i == selected {
            line = line.style(p.selected);
            cursor = Some(Position::new(area.x, y));
        }
        frame.render_widget(line, line_area(area, i - offset));
    }
    cursor
}

/// Draws the open picker over the body.
pub fn draw(frame: &mut Frame, body: Rect, state: &AppState, open: &Picker) -> Option<Position> {
    let mut rows: Vec<(String, String)> = open
        .shown()
        .into_iter()
        .filter_map(|i| open.choices.get(i))
        .map(|c| (c.label.clone(), c.note.clone()))
        .collect();
    if rows.is_empty() {
        rows.push(("(nothing matches)".to_string(), String::new()));
    }
    // What is typed, with a bar for the cursor: the picker takes typing.
    let text = open.input.text();
    let (before, after) = text.split_at(open.input.cursor().min(text.len()));
    let title = format!("{}: {before}▏{after}", open.title);
    picker(frame, body, state, &title, &rows, open.selected)
}
