//! The help overlay: every binding in force, generated from the keymap and the actions'
//! descriptions (never written twice); and the list of problems found loading the reports,
//! drawn in the same scrolled box.

use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear};
use ratatui::Frame;

use super::super::keymap::Context;
use super::super::state::AppState;
use super::centered;
use crate::text::{truncate, width};

const KEY_COLUMN: usize = 22;

/// The help text: a heading per context, then `keys  description` per action. In the
/// comparison view, only the keys that work there, with what they do there.
pub fn help_lines(state: &AppState) -> Vec<(Option<String>, String)> {
    let mut out = if state.comparing() {
        comparison_lines(state)
    } else {
        reader_lines(state)
    };
    out.extend(search_lines());
    out
}

/// The keys of the comparison view: its own bindings, then the global ones it does not shadow.
fn comparison_lines(state: &AppState) -> Vec<(Option<String>, String)> {
    let bindings = state.keymap.bindings();
    let own: Vec<_> = bindings
        .iter()
        .filter(|(c, _)| *c == Context::Compare)
        .flat_map(|(_, rows)| rows.iter())
        .collect();
    let shadowed = |key: &crate::tui::Key| own.iter().any(|(_, keys)| keys.contains(key));
    // Per action, its comparison keys first, then its global keys the comparison leaves free.
    let mut rows: Vec<(crate::tui::Action, Vec<String>)> = own
        .iter()
        .map(|(action, keys)| (*action, keys.iter().map(|k| k.to_string()).collect()))
        .collect();
    let global = bindings
        .iter()
        .filter(|(c, _)| *c == Context::Global)
        .flat_map(|(_, rows)| rows.iter());
    for (action, keys) in global {
        let free = keys.iter().filter(|k| !shadowed(k)).map(|k| k.to_string());
        match rows.iter_mut().find(|(a, _)| a == action) {
            Some((_, listed)) => listed.extend(free),
            None => rows.push((*action, free.collect())),
        }
    }
    let mut out = vec![(None, "In the comparison view".to_string())];
    for (action, keys) in rows {
        if let (false, Some(text)) = (keys.is_empty(), action.description_in_comparison()) {
            out.push((Some(keys.join(", ")), text.to_string()));
        }
    }
    out
}

/// The reader's keys, a heading per context.
fn reader_lines(state: &AppState) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    for (context, rows) in state.keymap.bindings() {
        if rows.is_empty() {
            continue;
        }
        let heading = match context {
            Context::Global => "Everywhere",
            Context::Reader => "In the reading pane (wins over the above)",
            Context::Compare => "In the comparison view (c; wins over the above)",
        };
        if !out.is_empty() {
            out.push((None, String::new()));
        }
        out.push((None, heading.to_string()));
        for (action, keys) in rows {
            let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
            out.push((Some(keys.join(", ")), action.description().to_string()));
        }
    }
    out
}

/// The search syntax and the keymap file.
fn search_lines() -> Vec<(Option<String>, String)> {
    let mut out = vec![(None, String::new()), (None, "Search (/)".to_string())];
    for (keys, text) in [
        ("words", "every word must occur, any order (tax ngo)"),
        (
            "@kaz",
            "only items about a country (name prefix or ISO code)",
        ),
        ("#corruption", "only items on a theme"),
        ("!rec, !finding", "only recommendations / findings"),
        (
            "↑ ↓, ctrl-p ctrl-n",
            "move through hits (preview on the right)",
        ),
        ("↑ on empty prompt", "earlier queries"),
        ("enter / esc", "go to the hit / back to where you were"),
        ("≈", "approximate hit (near-spelling of a word)"),
    ] {
        out.push((Some(keys.to_string()), text.to_string()));
    }
    out.push((None, String::new()));
    out.push((
        None,
        "Change keys in ~/.config/steppe/keymap.toml or with --keymap FILE.".to_string(),
    ));
    out
}

/// Number of lines of help (for scrolling).
pub fn line_count(state: &AppState) -> usize {
    help_lines(state).len()
}

pub fn draw(frame: &mut Frame, body: Rect, state: &AppState, scroll: usize) -> Option<Position> {
    let p = &state.palette;
    let w = box_rect(body).width.saturating_sub(2) as usize;
    let key_w = KEY_COLUMN.min(w / 3);
    let lines: Vec<Line<'static>> = help_lines(state)
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
    pager(frame, body, state, " Keys · esc/q closes ", lines, scroll)
}

/// The problems found while loading (`!`), each wrapped under its file:line.
pub fn draw_problems(
    frame: &mut Frame,
    body: Rect,
    state: &AppState,
    scroll: usize,
) -> Option<Position> {
    let lines = problem_lines(state, box_rect(body).width.saturating_sub(2));
    let title = format!(
        " {} loading the reports · esc closes ",
        crate::text::count(state.problems.len(), "problem")
    );
    pager(frame, body, state, &title, lines, scroll)
}

/// Number of lines of the problem list at the terminal's width (for scrolling).
pub fn problem_line_count(state: &AppState) -> usize {
    let body = Rect::new(0, 0, state.size.width, state.size.height);
    problem_lines(state, box_rect(body).width.saturating_sub(2)).len()
}

/// The problem list wrapped to `width` columns, a blank line between problems.
fn problem_lines(state: &AppState, width: u16) -> Vec<Line<'static>> {
    let p = &state.palette;
    let mut out = Vec::new();
    for (i, problem) in state.problems.iter().enumerate() {
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

/// The box the help and the problem list are drawn in: the body's height, at most 80 wide.
fn box_rect(body: Rect) -> Rect {
    let box_width = if body.width < 90 { body.width } else { 80 };
    centered(body, box_width, body.height)
}

/// A scrolled list of lines in a titled box with its position ("↓ j/k scroll · 1–20 of 56").
fn pager(
    frame: &mut Frame,
    body: Rect,
    state: &AppState,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: usize,
) -> Option<Position> {
    let p = &state.palette;
    let rect = box_rect(body);
    frame.render_widget(Clear, rect);
    let visible = (rect.height as usize).saturating_sub(2);
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
    super::draw_lines(frame, area, lines.into_iter().skip(scroll));
    Some(Position::new(area.x, area.y))
}
