//! Drawing. Each pane and overlay has its own file and draws from `&AppState` only; nothing
//! here changes state. [`draw`] lays out one frame and puts the terminal cursor on the
//! selected row so screen readers and magnifiers follow the selection.

pub mod compare;
pub mod countries;
pub mod help;
pub mod items;
pub mod list;
pub mod outline;
pub mod reader;
pub mod search;
pub mod sections;
pub mod status;
pub mod themes;

use ratatui::layout::{Alignment, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::layout::{Layout, MIN_HEIGHT, MIN_WIDTH};
use super::state::{AppState, Focus, Overlay};

/// Draws one frame.
pub fn draw(frame: &mut Frame, state: &AppState) {
    let area = frame.area();
    let layout = Layout::new(area, state.focus);
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
    let mut cursor = if state.comparing() {
        compare::draw(frame, body, state)
    } else if state.overlay == Some(Overlay::Search) {
        Layout::search(area).and_then(|(results, preview)| {
            reader::draw(frame, preview, state);
            search::draw(frame, results, state)
        })
    } else {
        let mut at_focus = None;
        for &(pane, rect) in panes {
            let at = match pane {
                Focus::Countries => countries::draw(frame, rect, state),
                Focus::Sections => sections::draw(frame, rect, state),
                Focus::Items => items::draw(frame, rect, state),
                Focus::Reader => reader::draw(frame, rect, state),
            };
            if pane == state.focus {
                at_focus = at;
            }
        }
        at_focus
    };
    status::draw(frame, *status_area, *hints, state);
    if let Some(at) = draw_window(frame, body, state) {
        cursor = Some(at);
    }
    if let Some(at) = cursor {
        frame.set_cursor_position(at);
    }
}

/// Draws the open window (help, problems, outline, pickers) over the body, if any; its
/// selected row takes the cursor. The search prompt is drawn by `draw` itself (it replaces
/// the panes).
fn draw_window(frame: &mut Frame, body: Rect, state: &AppState) -> Option<Position> {
    match &state.overlay {
        Some(Overlay::Help { scroll }) => help::draw(frame, body, state, *scroll),
        Some(Overlay::Problems { scroll }) => help::draw_problems(frame, body, state, *scroll),
        Some(Overlay::Outline { selected }) => outline::draw(frame, body, state, *selected),
        Some(Overlay::ThemePicker {
            selected,
            counts,
            for_comparison,
        }) => themes::draw(frame, body, state, *selected, counts, *for_comparison),
        Some(Overlay::CountryPicker(picker)) => compare::draw_picker(frame, body, state, picker),
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
