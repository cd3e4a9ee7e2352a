//! Drawing the help window: keys in a column, then what they do.

use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::Frame;

use super::super::super::state::AppState;
use super::super::super::view::{box_rect, pager};
use super::{help_lines, Help};
use crate::text::{truncate, width};

const KEY_COLUMN: usize = 22;

pub fn draw(frame: &mut Frame, body: Rect, state: &AppState, help: &Help) -> Option<Position> {
    let p = &state.palette;
    let w = box_rect(body).width.saturating_sub(2) as usize;
    let key_w = KEY_COLUMN.min(w / 3);
    let lines: Vec<Line<'static>> = help_lines(&state.keymap, state.comparing())
        .into_iter()
        .map(|(keys, text)| match keys {
            None => Line::styled(truncate(&text, w), p.header),
            Some(keys) => {
                let keys = truncate(&keys, key_w);
                let pad = key_w + 1 - width(&keys).min(key_w);
                Line::from(vec![
                    Span::raw(" "),
                    Span::styled(keys, p.key),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(truncate(&text, w.saturating_sub(key_w + 2)), p.text),
                ])
            }
        })
        .collect();
    pager(
        frame,
        body,
        state,
        " Keys · esc/q closes ",
        lines,
        &help.scroll,
    )
}
