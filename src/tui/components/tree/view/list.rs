//! The shared look of the three list panes: a bordered block, heading rows, and entries with
//! a `▌` marker and highlight on the selected one (visible without colour too), scrolled so
//! the selected row is in sight (the offset is clamped here, while drawing).

use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::Frame;

use super::super::super::super::layout::inner;
use super::super::super::super::state::{AppState, Focus};
use super::super::super::super::view::{block, line_area};
use super::super::Row;
use crate::text::{truncate, width};

/// One entry's text: a left part (cut to fit) and a right part (kept whole), with styles.
pub struct Entry {
    pub marker: Span<'static>,
    pub left: String,
    pub left_style: Style,
    pub right: String,
}

/// Draws a list pane; returns the cursor position of the selected row when it is visible.
pub fn draw(
    frame: &mut Frame,
    rect: Rect,
    state: &AppState,
    pane: Focus,
    title: String,
    entry: impl Fn(usize) -> Entry,
) -> Option<Position> {
    let tree = &state.tree;
    let rows = tree.rows(pane);
    let selected = tree.selected(pane);
    let entries = tree.entries(pane);
    let bottom = if entries > 0 {
        format!("{}/{}", selected + 1, entries)
    } else {
        String::new()
    };
    frame.render_widget(block(state, pane, title, bottom, rect.width), rect);
    let area = inner(rect);
    let offset = tree.offset(pane, area.height as usize);
    let p = &state.palette;
    let focused = tree.focus == pane;
    let mut cursor = None;
    let w = area.width as usize;
    if rows.is_empty() {
        let line = Line::styled(truncate("(nothing here)", w), p.dim);
        frame.render_widget(line, line_area(area, 0));
    }
    for (i, row) in rows
        .iter()
        .skip(offset)
        .take(area.height as usize)
        .enumerate()
    {
        let y = area.y + i as u16;
        let line_area = line_area(area, i);
        match row {
            Row::Report(report) => {
                let text = state.report_heading(*report);
                frame.render_widget(Line::styled(truncate(&text, w), p.header), line_area);
            }
            Row::Addressee(addressee) => {
                let text = format!("To {addressee}");
                frame.render_widget(Line::styled(truncate(&text, w), p.header), line_area);
            }
            Row::Entry(n) => {
                let e = entry(*n);
                let is_selected = *n == selected;
                let right_w = width(&e.right);
                let marker_w = width(&e.marker.content);
                let left_max = w.saturating_sub(marker_w + 1 + right_w + usize::from(right_w > 0));
                let left = truncate(&e.left, left_max);
                let pad = w.saturating_sub(1 + marker_w + width(&left) + right_w);
                let marker = if is_selected { "▌" } else { " " };
                let mut line = Line::from(vec![
                    Span::raw(marker),
                    e.marker,
                    Span::styled(left, e.left_style),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(e.right, p.dim),
                ]);
                if is_selected {
                    let selection = if focused {
                        p.selected
                    } else {
                        p.selected_unfocused
                    };
                    // The selection wins over the spans' own colours (a recommendation's green on
                    // black in high contrast would hide it otherwise); their modifiers stay.
                    for span in &mut line.spans {
                        span.style = span.style.patch(selection);
                    }
                    line = line.style(selection);
                    cursor = Some(Position::new(area.x, y));
                }
                frame.render_widget(line, line_area);
            }
        }
    }
    cursor
}
