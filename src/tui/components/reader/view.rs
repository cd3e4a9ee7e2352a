//! Drawing the reading pane: the selected item in full, wrapped to the pane, with its addressee,
//! the footnotes it cites, its themes and countries and a citation line; the scroll is clamped
//! here (and moved to the current find match), with a position indicator. Only the lines on
//! screen become styled lines.

use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::Frame;

use crate::corpus::model::ItemKind;

use super::super::super::action::Action;
use super::super::super::keymap::Context;

use super::super::super::layout::inner;
use super::super::super::state::{AppState, Focus, Overlay};
use super::super::super::style::Palette;
use super::super::super::view::{block, draw_lines, highlighted, marker, matched};
use crate::text::{truncate, wrap};

/// At most this many earlier recommendations are listed under "Also recommended in" (`H`
/// still reads every one in turn).
const HISTORY_LISTED: usize = 8;

/// `text` wrapped after a dim `lead` ("[3] ", "Themes: "), continuation lines indented under it.
fn hanging(lead: &str, text: &str, width: usize, p: &Palette) -> Vec<Line<'static>> {
    let indent = lead.chars().count();
    let lines = wrap(text, width.saturating_sub(indent).max(5));
    super::super::super::view::hanging(lead, lines, p.dim, p.text)
}

/// The lines of the reading pane at a given inner width.
pub fn lines(state: &AppState, width: u16) -> Vec<Line<'static>> {
    let width = (width as usize).max(10);
    let p = &state.palette;
    let Some((report, section, item)) = state.current() else {
        if state.loading.is_some() && state.item_ref().is_some() {
            return vec![Line::styled("Loading the reports…", p.dim)];
        }
        return vec![Line::styled(
            "Select an item to read it here (Enter goes deeper).",
            p.dim,
        )];
    };
    let mut out = Vec::new();
    let kind_style = if item.kind == ItemKind::Recommendation {
        p.recommendation
    } else {
        p.title
    };
    let mut head = format!("{}{}", marker(item.kind), capitalised(item.kind.label()));
    if let Some(a) = &item.addressee {
        head.push_str(&format!(" to {a}"));
    }
    for l in wrap(&head, width) {
        out.push(Line::styled(l, kind_style));
    }
    out.push(Line::raw(""));
    let terms = match &state.reader.find {
        Some(find) if !find.input.is_empty() => find.terms(),
        _ => state.item_ref().map_or_else(Vec::new, |at| {
            state
                .search
                .terms_for(state.overlay == Some(Overlay::Search), at)
        }),
    };
    let hl = matched(p);
    for l in wrap(&item.text, width) {
        if terms.is_empty() {
            out.push(Line::styled(l, p.text));
        } else {
            let ranges = crate::search::highlight_ranges(&l, &terms);
            out.push(Line::from(highlighted(&l, &ranges, p.text, hl)));
        }
    }
    let footnotes: Vec<_> = item
        .footnotes
        .iter()
        .filter_map(|label| report.footnote(label))
        .collect();
    if !footnotes.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled("Footnotes", p.header));
        for f in footnotes {
            out.extend(hanging(&format!("[{}] ", f.label), &f.text, width, p));
        }
    }
    out.push(Line::raw(""));
    let themes: Vec<&str> = item.themes.iter().map(|t| state.theme_label(t)).collect();
    let fields = [
        (
            "Themes",
            if themes.is_empty() {
                "none".to_string()
            } else {
                themes.join(", ")
            },
        ),
        (
            "Countries",
            if item.countries.is_empty() {
                "none (regional)".to_string()
            } else {
                item.countries.join(", ")
            },
        ),
    ];
    for (name, value) in fields {
        out.extend(hanging(&format!("{name}: "), &value, width, p));
    }
    if let Some(evidence) = &item.kind_evidence {
        out.extend(hanging("Why: ", &evidence.describe(), width, p));
    }
    if let (Some(level), Some(verb)) = (item.action_category, &item.action_evidence) {
        let name = crate::corpus::actions::name(level).unwrap_or("action");
        let value = format!("{level} of 5, {name} (opens with “{verb}”)");
        out.extend(hanging("Action: ", &value, width, p));
    }
    if item.kind == ItemKind::Recommendation {
        // While the reports are loading the history cannot be looked for yet.
        let history = if state.loading.is_some() {
            None
        } else {
            state.reader.history.of(&state.corpus, item)
        };
        match history {
            None => {
                out.push(Line::raw(""));
                out.push(Line::styled(
                    truncate("Also recommended in: still looking…", width),
                    p.dim,
                ));
            }
            Some(related) if !related.is_empty() => {
                let key = state
                    .keymap
                    .first_key(Context::Reader, Action::History)
                    .map_or_else(|| Action::History.name().to_string(), |k| k.to_string());
                out.push(Line::raw(""));
                for l in wrap(
                    &format!("Also recommended in ({key} reads them in turn):"),
                    width,
                ) {
                    out.push(Line::styled(l, p.header));
                }
                for r in related.iter().take(HISTORY_LISTED) {
                    let label = state
                        .corpus
                        .reports
                        .iter()
                        .find(|rep| rep.id == r.report_id)
                        .map_or_else(|| r.report_id.clone(), |rep| rep.short_label());
                    let value = format!(
                        "{label} · {} · similarity {:.2}",
                        r.date.as_deref().unwrap_or("undated"),
                        r.similarity
                    );
                    out.extend(hanging("• ", &value, width, p));
                }
                if related.len() > HISTORY_LISTED {
                    let more = format!("… and {} more", related.len() - HISTORY_LISTED);
                    out.extend(hanging("  ", &more, width, p));
                }
            }
            Some(_) => {}
        }
    }
    out.push(Line::raw(""));
    for l in wrap(&report.citation(section, item), width) {
        out.push(Line::styled(l, p.dim));
    }
    out
}

fn capitalised(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Lines (indices into `lines`) holding the find's matches, one entry per match.
fn match_lines(lines: &[Line<'static>], terms: &[String]) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let n = crate::search::highlight_ranges(&text, terms).len();
        out.extend(std::iter::repeat_n(i, n));
    }
    out
}

pub fn draw(frame: &mut Frame, rect: Rect, state: &AppState) -> Option<Position> {
    let area = inner(rect);
    let all = lines(state, area.width);
    let height = area.height as usize;
    let scroll = &state.reader.scroll;
    if let Some(find) = state.reader.find.as_ref().filter(|f| !f.input.is_empty()) {
        let at = match_lines(&all, &find.terms());
        find.count.set(at.len());
        if find.reveal.replace(false) {
            if let Some(&line) = at.get(find.current.min(at.len().saturating_sub(1))) {
                scroll.reveal(line, height);
            }
        }
    }
    let max = all.len().saturating_sub(height);
    let scroll = scroll.clamp(max);
    let position = if all.len() <= height {
        "all".to_string()
    } else {
        format!("{}%", (scroll + height).min(all.len()) * 100 / all.len())
    };
    let title = match &state.reader.find {
        Some(find) if find.typing => format!("Find: {}▏", find.input.text()),
        _ => Focus::Reader.title().to_string(),
    };
    frame.render_widget(
        block(state, Focus::Reader, title, position, rect.width),
        rect,
    );
    draw_lines(frame, area, all.into_iter().skip(scroll));
    Some(Position::new(area.x, area.y))
}
