//! The help overlay: every binding in force, generated from the keymap and the actions'
//! descriptions (never written twice).

use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear};
use ratatui::Frame;

use super::super::keymap::Context;
use super::super::state::AppState;
use super::super::wrap::{truncate, width};
use super::centered;

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
    let box_width = if body.width < 90 { body.width } else { 80 };
    let rect = centered(body, box_width, body.height);
    frame.render_widget(Clear, rect);
    let lines = help_lines(state);
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
        .title(Line::styled(" Keys · esc/q closes ", p.title))
        .title_bottom(Line::styled(format!(" {position} "), p.border_focused).right_aligned());
    let area = block.inner(rect);
    frame.render_widget(block, rect);
    let w = area.width as usize;
    let key_w = KEY_COLUMN.min(w / 3);
    let rows = lines
        .into_iter()
        .skip(scroll)
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
        });
    super::draw_lines(frame, area, rows);
    Some(Position::new(area.x, area.y))
}
