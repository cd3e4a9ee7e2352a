//! The search prompt (`/`): the query with its filter chips, then the hits, each with its kind,
//! country, report and section and its text with the matched words highlighted. It covers the
//! panes left of the reading pane, which previews the selected hit.

use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear};
use ratatui::Frame;

use crate::corpus::model::ItemKind;
use crate::search::highlight_ranges;

use super::super::super::keymap::Context;
use super::super::super::state::AppState;
use super::super::super::view::{highlighted, line_area, matched};
use super::to_tree;
use crate::text::{truncate, width};
use crate::tui::Action;

/// A window of `text` of at most `max` columns that starts a little before the first match.
fn snippet(text: &str, terms: &[String], max: usize) -> String {
    let first = highlight_ranges(text, terms).first().map_or(0, |r| r.start);
    let start = if width(&text[..first]) + 12 < max {
        0
    } else {
        // Back up to a word start a few words before the match.
        let mut s = first;
        let mut words = 0;
        while s > 0 && words < 3 {
            s = text[..s].trim_end().rfind(' ').map_or(0, |i| i + 1);
            words += 1;
        }
        s
    };
    let out = if start > 0 {
        format!("…{}", &text[start..])
    } else {
        text.to_string()
    };
    truncate(&out, max)
}

/// " Search · enter opens · esc back ", the keys named by the keymap (a user's own keys
/// shown; an action without a key left out).
fn title(state: &AppState) -> String {
    let key = |action| {
        state
            .keymap
            .first_key(crate::tui::keymap::Context::Prompt, action)
    };
    let mut parts = vec!["Search".to_string()];
    if let Some(k) = key(crate::tui::action::Action::Open) {
        parts.push(format!("{k} opens"));
    }
    if let Some(k) = key(crate::tui::action::Action::Close) {
        parts.push(format!("{k} back"));
    }
    format!(" {} ", parts.join(" · "))
}

/// Draws the prompt and its hits in `rect` (see [`super::super::layout::Layout::search`]).
pub fn draw(frame: &mut Frame, rect: Rect, state: &AppState) -> Option<Position> {
    let p = &state.palette;
    let ui = &state.search;
    frame.render_widget(Clear, rect);
    let listing = !ui.query.is_empty() || ui.query.filters_only();
    let count = if !listing {
        String::new()
    } else {
        let approx = ui.hits.iter().filter(|h| h.approximate).count();
        match (ui.hits.len(), approx) {
            _ if ui.stale() => " searching… ".to_string(),
            (0, _) if ui.searching() => " searching… ".to_string(),
            (0, _) => " no matches ".to_string(),
            (n, 0) => format!(" {}/{n} ", ui.selected + 1),
            (n, a) => format!(" {}/{n} ({a} approximate) ", ui.selected + 1),
        }
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(p.border_focused)
        .title(Line::styled(title(state), p.title))
        .title_bottom(Line::styled(count, p.border_focused).right_aligned());
    let area = block.inner(rect);
    frame.render_widget(block, rect);
    if area.height < 3 || area.width < 10 {
        return None;
    }
    let w = area.width as usize;
    let row = |i: u16| line_area(area, i.into());

    // The prompt: words plain, filters as chips.
    let chip = p.selected;
    let mut spans = vec![Span::styled("/", p.key)];
    for (i, token) in ui.input.text().split(' ').enumerate() {
        if i > 0 {
            spans.push(Span::raw(" "));
        }
        let style = if token.len() > 1 && token.starts_with(['@', '#', '!']) {
            chip
        } else {
            p.text
        };
        spans.push(Span::styled(crate::text::sanitize(token), style));
    }
    let before_cursor = ui.input.text().get(..ui.input.cursor()).unwrap_or("");
    let typed = width(&crate::text::sanitize(before_cursor)) + 1;
    let cursor = Position::new(area.x + (typed.min(w - 1)) as u16, area.y);
    frame.render_widget(Line::from(spans), row(0));

    // What the filters mean, or what is wrong with them.
    let mut chips = Vec::new();
    if let Some(c) = &ui.query.country {
        chips.push(Span::styled(format!(" {c} "), chip));
    }
    if let Some(t) = &ui.query.theme {
        chips.push(Span::styled(
            format!(" {} ", state.theme_label(t.as_str())),
            chip,
        ));
    }
    if let Some(k) = ui.query.kind {
        let label = if k == ItemKind::Recommendation {
            " recommendations "
        } else {
            " findings "
        };
        chips.push(Span::styled(label, chip));
    }
    let second = if let Some(problem) = ui.query.problems.first() {
        Line::styled(truncate(&problem.to_string(), w), p.warning)
    } else if chips.is_empty() {
        let hint = if ui.input.is_empty() {
            // Keys named through the keymap: what is bound is what the hint says.
            let key = |a: Action| {
                state
                    .keymap
                    .first_key(Context::Prompt, a)
                    .map(|k| k.short())
            };
            let mut parts = vec!["words · @country #theme !rec".to_string()];
            if let Some(k) = key(Action::MoveUp) {
                parts.push(format!("{k} history"));
            }
            if let Some(k) = key(Action::Close) {
                parts.push(format!("{k} cancels"));
            }
            parts.join(" · ")
        } else {
            String::new()
        };
        Line::styled(truncate(&hint, w), p.dim)
    } else {
        let mut spans = Vec::new();
        for c in chips {
            spans.push(c);
            spans.push(Span::raw(" "));
        }
        Line::from(spans)
    };
    frame.render_widget(second, row(1));

    if !listing {
        return Some(cursor);
    }
    if ui.hits.is_empty() && ui.query.problems.is_empty() {
        let line = if ui.loading() {
            Line::styled(
                "loading the reports… (the search runs when they are in)",
                p.dim,
            )
        } else if ui.searching() {
            Line::styled("searching…", p.dim)
        } else {
            Line::styled("no matches", p.warning)
        };
        frame.render_widget(line, row(2));
        return Some(cursor);
    }

    // Hits, two lines each (three when the box is narrow); the selected one kept in view.
    let narrow = w < 50;
    let per_hit: u16 = if narrow { 3 } else { 2 };
    let per_page = ((area.height - 2) / per_hit).max(1) as usize;
    let offset = (ui.selected + 1).saturating_sub(per_page);
    let hl = matched(p);
    let home = match state.search.before.as_ref().map(|b| &b.scope) {
        Some(crate::tree::Scope::Country(name)) => Some(name.as_str()),
        _ => None,
    };
    for (n, hit) in ui.hits.iter().enumerate().skip(offset).take(per_page) {
        let Some((report, section, item)) = state.resolve(to_tree(hit)) else {
            continue;
        };
        let y = 2 + per_hit * (n - offset) as u16;
        if y + per_hit > area.height {
            break;
        }
        let selected = n == ui.selected;
        // The country the search started from leads when the item is about it: that is
        // where the preview and Enter show it.
        let lead = home
            .and_then(|h| item.countries.iter().find(|c| *c == h))
            .or(item.countries.first());
        let country = match (lead, item.countries.len()) {
            (None, _) => "regional".to_string(),
            (Some(one), 1) => one.clone(),
            (Some(lead), n) => format!("{lead} +{}", n - 1),
        };
        let mut kind = format!("{} · {country}", item.kind.label());
        if hit.approximate {
            kind.push_str(" · ≈ approximate");
        }
        let mut source = report.short_label();
        if let Some(h) = &section.heading {
            source.push_str(&format!(" · {h}"));
        }
        let head = if narrow {
            vec![kind, source]
        } else {
            vec![format!("{kind} · {source}")]
        };
        let marker = if selected { "▌" } else { " " };
        let head_style = if item.kind == ItemKind::Recommendation {
            p.recommendation
        } else {
            p.dim
        };
        for (i, text) in head.iter().enumerate() {
            let style = if i == 0 { head_style } else { p.dim };
            let mut line = Line::from(vec![
                Span::styled(marker, p.key),
                Span::styled(truncate(text, w - 1), style),
            ]);
            if selected {
                line = line.patch_style(Style::default().add_modifier(Modifier::BOLD));
            }
            frame.render_widget(line, row(y + i as u16));
        }
        let text = snippet(&item.text, &hit.terms, w - 2);
        let ranges = highlight_ranges(&text, &hit.terms);
        let mut spans = vec![Span::styled(if selected { "▌ " } else { "  " }, p.key)];
        spans.extend(highlighted(&text, &ranges, p.text, hl));
        frame.render_widget(Line::from(spans), row(y + per_hit - 1));
    }
    Some(cursor)
}
