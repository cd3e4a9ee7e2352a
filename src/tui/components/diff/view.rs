//! Drawing a diff: headings in the heading colour, ids dim, texts wrapped under their indent,
//! removed words (`[-…-]`) in the warning colour and added ones (`{+…+}`) in the match colour.

use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::Frame;

use super::super::super::state::AppState;
use super::super::super::view::{box_rect, matched, pager};
use super::DiffPage;

/// The open diff in a window over the body.
pub fn draw(frame: &mut Frame, body: Rect, state: &AppState, page: &DiffPage) -> Option<Position> {
    let width = box_rect(body).width.saturating_sub(2).max(10) as usize;
    let p = &state.palette;
    let mut lines = Vec::new();
    for (indent, text) in &page.lines {
        if text.is_empty() {
            lines.push(Line::raw(""));
            continue;
        }
        let pad = " ".repeat(*indent);
        for wrapped in crate::text::wrap(text, width.saturating_sub(*indent).max(8)) {
            let style = match indent {
                0 => p.header,
                2 => p.dim,
                _ => p.text,
            };
            let mut spans = vec![Span::raw(pad.clone())];
            spans.extend(marked_spans(&wrapped, style, p.warning, matched(p)));
            lines.push(Line::from(spans));
        }
    }
    pager(frame, body, state, &page.title, lines, &page.scroll)
}

/// A line with `[-…-]` runs in `removed` and `{+…+}` runs in `added` (the marks kept, so the
/// change reads without colour too).
fn marked_spans(
    line: &str,
    plain: ratatui::style::Style,
    removed: ratatui::style::Style,
    added: ratatui::style::Style,
) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    let mut rest = line;
    while !rest.is_empty() {
        let next = [("[-", "-]", removed), ("{+", "+}", added)]
            .into_iter()
            .filter_map(|(open, close, style)| rest.find(open).map(|at| (at, open, close, style)))
            .min_by_key(|(at, ..)| *at);
        let Some((at, _, close, style)) = next else {
            out.push(Span::styled(rest.to_string(), plain));
            break;
        };
        if at > 0 {
            out.push(Span::styled(rest[..at].to_string(), plain));
        }
        let after = &rest[at..];
        let end = after.find(close).map_or(after.len(), |e| e + close.len());
        out.push(Span::styled(after[..end].to_string(), style));
        rest = &after[end..];
    }
    out
}
