//! The outline overlay (`o`): the headings of the current report that hold items of the
//! country, with counts, to jump to.

use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Clear};
use ratatui::Frame;

use super::super::state::AppState;
use super::centered;
use crate::text::{truncate, width};

/// Draws a picker box with rows and a selected row; shared by the outline and theme picker.
pub fn picker(
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
        frame.render_widget(line, super::line_area(area, i - offset));
    }
    cursor
}

pub fn draw(frame: &mut Frame, body: Rect, state: &AppState, selected: usize) -> Option<Position> {
    let (report, _) = state.section_node()?;
    let rows: Vec<(String, String)> = report
        .sections
        .iter()
        .map(|s| (s.label.clone(), s.counts.total().to_string()))
        .collect();
    let title = match state.corpus.reports.get(report.report) {
        Some(r) => format!("Outline · {}", r.short_label()),
        None => "Outline".to_string(),
    };
    picker(frame, body, state, &title, &rows, selected)
}
