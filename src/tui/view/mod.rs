//! Drawing a frame: the components' views in their places, the status bar, and the open window
//! on top. Views draw from `&AppState` and their component's state only; nothing here changes
//! state (a view may remember the scroll offset it clamped, see
//! [`Scroll`](super::components::Scroll)). Also the drawing helpers the views share. The
//! terminal cursor goes to the selected row so screen readers and magnifiers follow it.

pub mod status;

use ratatui::layout::{Alignment, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

use crate::corpus::model::ItemKind;
use crate::text::truncate;

use super::components::{compare, help, picker, problems, prompt, reader, tree, Scroll};
use super::layout::{Layout, MIN_HEIGHT, MIN_WIDTH};
use super::state::{AppState, Focus, Overlay};
use super::style::Palette;

/// Draws one frame.
pub fn draw(frame: &mut Frame, state: &AppState) {
    let area = frame.area();
    let layout = Layout::new(area, state.tree.focus);
    let Layout::Panes {
        panes,
        status: status_area,
        hints,
    } = &layout
    else {
        too_small(frame, area);
        return;
    };
    let body = Rect {
        height: area.height.saturating_sub(2),
        ..area
    };
    let mut cursor = match state.compare.as_ref().filter(|v| v.shown) {
        Some(view) => compare::view::draw(frame, body, state, view),
        None if state.overlay == Some(Overlay::Search) => {
            Layout::search(area).and_then(|(results, preview)| {
                reader::view::draw(frame, preview, state);
                prompt::view::draw(frame, results, state)
            })
        }
        None => {
            let mut at_focus = None;
            for &(pane, rect) in panes {
                let at = match pane {
                    Focus::Reader => reader::view::draw(frame, rect, state),
                    list => tree::view::draw(frame, rect, state, list),
                };
                if pane == state.tree.focus {
                    at_focus = at;
                }
            }
            at_focus
        }
    };
    status::draw(frame, *status_area, *hints, state);
    if let Some(at) = draw_window(frame, body, state) {
        cursor = Some(at);
    }
    if let Some(at) = cursor {
        frame.set_cursor_position(at);
    }
}

/// Draws the open window (help, problems, a picker) over the body, if any; its selected row
/// takes the cursor. The search prompt is drawn by `draw` itself (it replaces the panes).
fn draw_window(frame: &mut Frame, body: Rect, state: &AppState) -> Option<Position> {
    match &state.overlay {
        Some(Overlay::Help(open)) => help::view::draw(frame, body, state, open),
        Some(Overlay::Problems(open)) => problems::view::draw(frame, body, state, open),
        Some(Overlay::Picker(open)) => picker::view::draw(frame, body, state, open),
        Some(Overlay::Diff(open)) => super::components::diff::view::draw(frame, body, state, open),
        Some(Overlay::Search) | None => None,
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::from("Terminal too small"),
        Line::from(format!("{}×{}", area.width, area.height)),
        Line::from(format!("steppe needs at least {MIN_WIDTH}×{MIN_HEIGHT}")),
    ];
    let top = area.height.saturating_sub(3) / 2;
    let rect = Rect {
        y: area.y + top,
        height: area.height.saturating_sub(top),
        ..area
    };
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rect,
    );
}

/// Lines already wrapped, the first after `lead` ("[3] ", "● "), the others indented under it.
pub fn hanging(
    lead: &str,
    lines: Vec<String>,
    lead_style: ratatui::style::Style,
    text_style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    let indent = crate::text::width(lead);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let lead = if i == 0 {
                lead.to_string()
            } else {
                " ".repeat(indent)
            };
            Line::from(vec![
                ratatui::text::Span::styled(lead, lead_style),
                ratatui::text::Span::styled(l, text_style),
            ])
        })
        .collect()
}

/// The one-line strip `i` rows below the top of `area`: lists and pages draw line by line.
pub fn line_area(area: Rect, i: usize) -> Rect {
    Rect {
        y: area.y.saturating_add(i as u16),
        height: 1,
        ..area
    }
}

/// Draws `lines` one per row from the top of `area`, as many as fit.
pub fn draw_lines<'a>(frame: &mut Frame, area: Rect, lines: impl IntoIterator<Item = Line<'a>>) {
    for (i, line) in lines.into_iter().take(area.height as usize).enumerate() {
        frame.render_widget(line, line_area(area, i));
    }
}

/// A rectangle of at most `width`×`height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Widest box the help and the problem list are drawn in.
const BOX_MAX_WIDTH: u16 = 110;

/// The box the help and the problem list are drawn in: the body's height; the whole width on a
/// narrow terminal, else ten columns narrower than the body, 80 to [`BOX_MAX_WIDTH`] wide (the
/// help's longer lines fit whole on a wide terminal).
pub fn box_rect(body: Rect) -> Rect {
    let box_width = if body.width < 90 {
        body.width
    } else {
        body.width.saturating_sub(10).clamp(80, BOX_MAX_WIDTH)
    };
    centered(body, box_width, body.height)
}

/// A scrolled list of lines in a titled box with its position ("↓ j/k scroll · 1–20 of 56").
pub fn pager(
    frame: &mut Frame,
    body: Rect,
    state: &AppState,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: &Scroll,
) -> Option<Position> {
    let p = &state.palette;
    let rect = box_rect(body);
    frame.render_widget(Clear, rect);
    let visible = (rect.height as usize).saturating_sub(2);
    let scroll = scroll.clamp(lines.len().saturating_sub(visible));
    let position = if lines.len() <= visible {
        "all".to_string()
    } else {
        format!(
            "↓ j/k scroll · {}–{} of {}",
            scroll + 1,
            (scroll + visible).min(lines.len()),
            lines.len()
        )
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(p.border_focused)
        .title(Line::styled(title.to_string(), p.title))
        .title_bottom(Line::styled(format!(" {position} "), p.border_focused).right_aligned());
    let area = block.inner(rect);
    frame.render_widget(block, rect);
    draw_lines(frame, area, lines.into_iter().skip(scroll));
    Some(Position::new(area.x, area.y))
}

/// A pane's block with its title; bold and coloured when focused.
pub fn block(
    state: &AppState,
    pane: Focus,
    title: String,
    bottom: String,
    outer_width: u16,
) -> Block<'static> {
    let title = truncate(&title, (outer_width as usize).saturating_sub(4));
    let focused = state.tree.focus == pane && state.overlay.is_none();
    let p = &state.palette;
    let (border, title_style) = if focused {
        (p.border_focused, p.title)
    } else {
        (p.border, p.border)
    };
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(border)
        .title(Line::styled(format!(" {title} "), title_style));
    if !bottom.is_empty() {
        block = block.title_bottom(Line::styled(format!(" {bottom} "), border).right_aligned());
    }
    block
}
/// How matched words look (bold and underlined on top of the text style, so it shows without
/// colour too).
pub fn matched(p: &Palette) -> Style {
    p.key.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// `text` as spans, the parts in `ranges` (byte ranges) highlighted.
pub fn highlighted(
    text: &str,
    ranges: &[std::ops::Range<usize>],
    base: Style,
    hl: Style,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for r in ranges {
        let (Some(before), Some(inside)) = (text.get(at..r.start), text.get(r.start..r.end)) else {
            continue;
        };
        if !before.is_empty() {
            spans.push(Span::styled(before.to_string(), base));
        }
        spans.push(Span::styled(inside.to_string(), hl));
        at = r.end;
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() {
            spans.push(Span::styled(rest.to_string(), base));
        }
    }
    spans
}

/// The marker shown before an item of each kind.
pub fn marker(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Recommendation => "● ",
        ItemKind::Paragraph => "¶ ",
        ItemKind::ListItem => "– ",
    }
}
