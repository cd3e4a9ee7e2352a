//! The status bar: breadcrumb (Country › Report › Section › n/N) with the active filters on the
//! first line; a message, or key hints generated from the keymap, on the second.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;

use super::super::action::Action;
use super::super::state::{AppState, Level};
use crate::text::{truncate, width};

/// Actions shown in the hint line, most useful first (those that do not fit are left out),
/// with the word shown for each. The last one, quit, is always shown.
const HINTS: [(Action, &str); 11] = [
    (Action::Help, "help"),
    (Action::Search, "search"),
    (Action::Open, "open"),
    (Action::Back, "back"),
    (Action::FocusNext, "pane"),
    (Action::Compare, "compare"),
    (Action::Copy, "copy"),
    (Action::ToggleRecommendations, "recs"),
    (Action::ThemeFilter, "theme"),
    (Action::Outline, "outline"),
    (Action::Quit, "quit"),
];

/// Hints in the comparison view, most useful first; quit last (always shown).
const COMPARE_HINTS: [(Action, &str); 11] = [
    (Action::Help, "help"),
    (Action::Open, "read"),
    (Action::FocusNext, "column"),
    (Action::Close, "back"),
    (Action::CycleShared, "all/shared/diff"),
    (Action::ThemeFilter, "theme"),
    (Action::ToggleRecommendations, "recs"),
    (Action::SwapColumns, "swap"),
    (Action::AddCountry, "add"),
    (Action::RemoveCountry, "remove"),
    (Action::Quit, "quit"),
];

/// The active filters as shown in the status bar.
pub fn filters(state: &AppState) -> String {
    if let Some(view) = state.compare.as_ref().filter(|v| v.shown) {
        let options = &view.comparison.options;
        let mut parts = vec![format!("[{}]", options.show.label())];
        if options.recommendations_only {
            parts.push("[recommendations only]".to_string());
        }
        if let Some(theme) = &options.theme {
            parts.push(format!("[theme: {}]", state.theme_limit_label(theme)));
        }
        return parts.join(" ");
    }
    let mut parts = Vec::new();
    if state.tree.filter.recommendations_only {
        parts.push("[recommendations only]".to_string());
    }
    if let Some(theme) = &state.tree.filter.theme {
        parts.push(format!("[theme: {}]", state.theme_label(theme)));
    }
    if let Some(position) = state.search.position() {
        parts.push(format!("[{position}]"));
    }
    if state.loading.is_some() {
        parts.push("[loading the reports…]".to_string());
    }
    parts.join(" ")
}

pub fn draw(frame: &mut Frame, status: Rect, hints: Rect, state: &AppState) {
    let p = &state.palette;
    let w = status.width as usize;
    let right = filters(state);
    let crumb = format!(" {}", breadcrumb(state).join(" › "));
    let crumb = truncate(&crumb, w.saturating_sub(width(&right) + 2));
    let pad = w.saturating_sub(width(&crumb) + width(&right) + 1);
    let line = Line::from(vec![
        Span::raw(crumb),
        Span::raw(" ".repeat(pad)),
        Span::styled(right, p.warning.patch(p.status)),
        Span::raw(" "),
    ])
    .style(p.status);
    frame.render_widget(line, status);

    let line = match &state.status {
        Some(message) => {
            let style = match message.level {
                Level::Warning => p.warning,
                Level::Info => p.text,
            };
            Line::styled(
                truncate(&format!(" {}", message.text), hints.width as usize),
                style,
            )
        }
        None => hint_line(state, hints.width as usize),
    };
    frame.render_widget(line, hints);
}

/// "Compare › Kazakhstan · Tajikistan › Civil society › 2/5" in the comparison view, else
/// the tree's breadcrumb.
fn breadcrumb(state: &AppState) -> Vec<String> {
    let Some(view) = state.compare.as_ref().filter(|v| v.shown) else {
        return state.breadcrumb();
    };
    let mut parts = vec![
        "Compare".to_string(),
        crate::resolve::joined(&view.comparison.countries, " · "),
    ];
    if let Some(row) = view.comparison.rows.get(view.row) {
        parts.push(row.label.clone());
        if let Some(column) = row.columns.get(view.column) {
            parts.push(column.country.to_string());
            let len = view.cell_len(view.row, view.column);
            if len > 0 {
                parts.push(format!("{}/{len}", view.entry + 1));
            }
        }
    }
    parts
}

fn hint_line(state: &AppState, max: usize) -> Line<'static> {
    let p = &state.palette;
    let context = state.context();
    let hint = |(action, word): (Action, &str)| {
        let key = state.keymap.first_key(context, action)?;
        // ASCII terminals get key names ("enter"), not symbols that would all become "<".
        let key = if p.ascii {
            key.to_string()
        } else {
            key.short()
        };
        let need = width(&key) + 1 + width(word) + 2;
        Some((
            need,
            [
                Span::styled(key, p.key),
                Span::styled(format!(" {word}  "), p.dim),
            ],
        ))
    };
    let hints: &[(Action, &str)] = if state.comparing() {
        &COMPARE_HINTS
    } else {
        &HINTS
    };
    let Some((last, rest)) = hints.split_last() else {
        return Line::default();
    };
    let last = hint(*last);
    let reserved = last.as_ref().map_or(0, |(need, _)| *need);
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (need, pair) in rest.iter().filter_map(|&h| hint(h)) {
        if used + need + reserved > max {
            break;
        }
        used += need;
        spans.extend(pair);
    }
    if let Some((need, pair)) = last {
        if used + need <= max {
            spans.extend(pair);
        }
    }
    Line::from(spans)
}
