//! Drawing the comparison view: a header per country (with its counts), then one block per
//! theme in which every country's items stand side by side, each block as tall as its tallest
//! cell so the columns stay aligned while they scroll together (like a side-by-side diff). When
//! columns would be narrower than 30 characters the view stacks instead: one theme at a time,
//! the countries one under another, with the country of the selection in a sticky line at the
//! top. Laying out wraps every item, so it is done once per comparison and width and kept in the
//! view's cache; each frame then scrolls the selection into sight and lays out only the rows on
//! screen.

use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};
use ratatui::Frame;

use crate::compare::{join_and, Entry, Row, NOTHING};
use crate::corpus::model::ItemKind;
use crate::resolve::{joined, CountryId};

use super::super::super::action::Action;
use super::super::super::keymap::Context;
use super::super::super::state::AppState;
use super::super::super::style::Palette;
use super::super::super::view::{hanging, line_area, marker};
use super::{CompareView, LayoutKey, ViewLayout};
use crate::text::{truncate, width, wrap};

/// Whether this view is stacked at the terminal's width.
fn stacked(state: &AppState, view: &CompareView) -> bool {
    super::stacked(state.size.width, view.comparison.countries.len())
}

/// Most lines of an item's text shown in a cell (Enter reads it whole).
const MAX_TEXT_LINES: usize = 4;

/// One line of the view: a line per column side by side, or one line across when stacked.
struct ViewLine {
    cells: Vec<Line<'static>>,
    /// Spans the whole width (theme headings, stacked lines).
    across: bool,
}

/// The laid-out view: its lines, and the lines each (row, column, entry) covers.
struct Document {
    lines: Vec<ViewLine>,
    anchors: Vec<((usize, usize, usize), std::ops::Range<usize>)>,
    /// Each row laid out, with its first line.
    row_starts: Vec<(usize, usize)>,
}

impl Document {
    fn anchor(&self, at: (usize, usize, usize)) -> Option<std::ops::Range<usize>> {
        self.anchors
            .iter()
            .find(|(a, _)| *a == at)
            .map(|(_, r)| r.clone())
    }
}

/// Where the view draws: the frame's body inside the border, less the header lines.
struct Geometry {
    inner: Rect,
    rows: Rect,
    column_width: usize,
}

fn geometry(state: &AppState, view: &CompareView, body: Rect) -> Geometry {
    let inner = Rect {
        x: body.x + 1,
        y: body.y + 1,
        width: body.width.saturating_sub(2),
        height: body.height.saturating_sub(2),
    };
    let columns = view.comparison.countries.len().max(1);
    let header = if stacked(state, view) {
        1
    } else {
        1 + u16::from(note(view).is_some())
    };
    let rows = Rect {
        y: inner.y + header.min(inner.height),
        height: inner.height.saturating_sub(header),
        ..inner
    };
    let column_width = if stacked(state, view) {
        inner.width as usize
    } else {
        (inner.width as usize).saturating_sub(columns - 1) / columns
    };
    Geometry {
        inner,
        rows,
        column_width,
    }
}

/// What the view says when the comparison would otherwise be silent (the library's notes, one
/// line; nothing while the first comparison is still being built).
fn note(view: &CompareView) -> Option<String> {
    let comparison = &view.comparison;
    if view.building && comparison.rows.is_empty() {
        return None;
    }
    let notes = comparison.notes();
    (!notes.is_empty()).then(|| notes.join(" "))
}

/// What an entry's source line says after the source: "common to A and B" in the band,
/// "≈ shared 0.22" in a pair, and the other reports saying the same ("also in …").
fn entry_note(row: &Row, entry: &Entry) -> String {
    let mut note = String::new();
    if row.common.iter().any(|e| std::ptr::eq(e, entry)) {
        let names: Vec<&str> = entry.countries.iter().map(CountryId::as_str).collect();
        note.push_str(&format!(" · common to {}", join_and(&names)));
    }
    if let Some(pair) = entry.pair.and_then(|p| row.pairs.get(p)) {
        note.push_str(&format!(" · ≈ shared {:.2}", pair.similarity));
    }
    if entry.also_count > 0 {
        let mut names: Vec<String> = entry.also.iter().map(|s| s.source.clone()).collect();
        names.dedup();
        let rest = entry.also_count - entry.also.len();
        if rest > 0 {
            names.push(format!("{rest} more"));
        }
        note.push_str(&format!(" · also {}", names.join(", ")));
    }
    note
}

/// The lines of one entry: its text (at most [`MAX_TEXT_LINES`]) after its marker, then its
/// source and `note` ([`entry_note`]).
fn entry_lines(
    state: &AppState,
    entry: &Entry,
    note: &str,
    width: usize,
    selected: bool,
) -> Vec<Line<'static>> {
    let p = &state.palette;
    let Some((_, _, item)) = state.resolve(entry.at) else {
        return Vec::new();
    };
    let lead = marker(item.kind);
    let text_style = if item.kind == ItemKind::Recommendation {
        p.recommendation
    } else {
        p.text
    };
    let indent = width_of(lead);
    let mut wrapped = wrap(&item.text, width.saturating_sub(indent).max(8));
    if wrapped.len() > MAX_TEXT_LINES {
        wrapped.truncate(MAX_TEXT_LINES);
        if let Some(last) = wrapped.last_mut() {
            *last = truncate(&format!("{last} …"), width.saturating_sub(indent).max(8));
        }
    }
    let mut out = hanging(lead, wrapped, p.key, text_style);
    let source = format!("{}{}{note}", " ".repeat(indent), entry.source);
    out.push(Line::styled(truncate(&source, width), p.dim));
    if selected {
        for line in &mut out {
            for span in &mut line.spans {
                span.style = span.style.patch(p.selected);
            }
            *line = std::mem::take(line).style(p.selected);
        }
    }
    out
}

fn width_of(text: &str) -> usize {
    width(text)
}

fn theme_heading(p: &Palette, label: &str, counts: &[usize], width: usize) -> Line<'static> {
    let counts: Vec<String> = counts.iter().map(|n| n.to_string()).collect();
    let text = format!("▸ {label} ({})", counts.join(" · "));
    Line::styled(truncate(&text, width), p.header)
}

/// Lays the comparison out for a column width: every row, or only `only` (drawing needs
/// just the rows on screen).
fn document(
    state: &AppState,
    view: &CompareView,
    column_width: usize,
    only: Option<std::ops::Range<usize>>,
    window: Option<(&ViewLayout, std::ops::Range<usize>)>,
) -> Document {
    // With a window (lines on screen, in the full layout), entries outside it are left blank
    // at their known height instead of wrapped: a theme can hold thousands of items.
    let lines_of = |r: usize, c: usize, e: usize, row: &Row, entry, width, selected| {
        if let Some((layout, visible)) = &window {
            if let Some(range) = layout.anchors.get(&(r, c, e)) {
                if range.end <= visible.start || range.start >= visible.end {
                    return vec![Line::default(); range.len()];
                }
            }
        }
        entry_lines(state, entry, &entry_note(row, entry), width, selected)
    };
    let p = &state.palette;
    let stacked = stacked(state, view);
    let mut lines = Vec::new();
    let mut anchors = Vec::new();
    let mut row_starts = Vec::new();
    let columns = view.comparison.countries.len();
    let across = |line: Line<'static>| ViewLine {
        cells: vec![line],
        across: true,
    };
    for (r, row) in view.comparison.rows.iter().enumerate() {
        if stacked && r != view.row {
            continue;
        }
        if only.as_ref().is_some_and(|o| !o.contains(&r)) {
            continue;
        }
        row_starts.push((r, lines.len()));
        lines.push(across(theme_heading(
            p,
            &row.label,
            &row.counts(),
            column_width * columns,
        )));
        // The common band: across the whole width, the same entries for every column.
        let common = row.common.len();
        let full = column_width * columns + columns.saturating_sub(1);
        for (e, entry) in row.common.iter().enumerate() {
            let selected = (r, e) == (view.row, view.entry);
            let start = lines.len();
            let width = if stacked { column_width } else { full };
            for line in lines_of(r, 0, e, row, entry, width, selected) {
                lines.push(across(line));
            }
            for c in 0..columns {
                anchors.push(((r, c, e), start..lines.len()));
            }
        }
        if stacked {
            for (c, column) in row.columns.iter().enumerate() {
                let style = if c == view.column { p.title } else { p.dim };
                lines.push(across(Line::styled(
                    truncate(&format!("only in {}", column.country), column_width),
                    style,
                )));
                if column.entries.is_empty() {
                    lines.push(across(Line::styled(NOTHING, p.dim)));
                }
                for (e, entry) in column.entries.iter().enumerate() {
                    let e = common + e;
                    let selected = (r, c, e) == (view.row, view.column, view.entry);
                    let start = lines.len();
                    for line in lines_of(r, c, e, row, entry, column_width, selected) {
                        lines.push(across(line));
                    }
                    anchors.push(((r, c, e), start..lines.len()));
                }
                lines.push(across(Line::raw("")));
            }
            continue;
        }
        // Side by side: each pair on one aligned block, then what is only in each column.
        let mut block = |entries: &[(usize, usize)], lines: &mut Vec<ViewLine>| {
            let start = lines.len();
            let mut cells: Vec<Vec<Line<'static>>> = vec![Vec::new(); columns];
            for &(c, e) in entries {
                let Some(entry) = row.columns.get(c).and_then(|col| col.entries.get(e)) else {
                    continue;
                };
                let e = common + e;
                let selected = (r, c, e) == (view.row, view.column, view.entry);
                let from = start + cells[c].len();
                cells[c].extend(lines_of(r, c, e, row, entry, column_width, selected));
                anchors.push(((r, c, e), from..start + cells[c].len()));
            }
            let height = cells.iter().map(Vec::len).max().unwrap_or(0);
            for i in 0..height {
                lines.push(ViewLine {
                    cells: cells
                        .iter()
                        .map(|cell| cell.get(i).cloned().unwrap_or_default())
                        .collect(),
                    across: false,
                });
            }
        };
        for pair in &row.pairs {
            block(&pair.members, &mut lines);
        }
        let unpaired: Vec<(usize, usize)> = (0..columns)
            .flat_map(|c| (row.paired_in(c)..row.columns[c].entries.len()).map(move |e| (c, e)))
            .collect();
        let empty: Vec<bool> = row.columns.iter().map(|c| c.entries.is_empty()).collect();
        if !unpaired.is_empty() || (common == 0 && row.pairs.is_empty()) {
            lines.push(ViewLine {
                cells: row
                    .columns
                    .iter()
                    .zip(&empty)
                    .map(|(col, &empty)| {
                        let text = if empty {
                            NOTHING.to_string()
                        } else {
                            format!("only in {}", col.country)
                        };
                        Line::styled(truncate(&text, column_width), p.dim)
                    })
                    .collect(),
                across: false,
            });
        }
        block(&unpaired, &mut lines);
        lines.push(across(Line::raw("")));
    }
    Document {
        lines,
        anchors,
        row_starts,
    }
}

/// What a layout depends on: the comparison (its generation), the column width, stacking and,
/// when stacked, the theme shown.
fn layout_key(state: &AppState, view: &CompareView, column_width: usize) -> LayoutKey {
    let stacked = stacked(state, view);
    LayoutKey {
        generation: view.generation,
        column_width,
        stacked,
        row: if stacked { view.row } else { usize::MAX },
    }
}

/// Where every row and entry of the comparison falls, without the lines themselves.
fn measure(state: &AppState, view: &CompareView, column_width: usize) -> ViewLayout {
    let doc = document(state, view, column_width, None, None);
    ViewLayout {
        key: layout_key(state, view, column_width),
        total: doc.lines.len(),
        anchors: doc.anchors.into_iter().collect(),
        row_starts: doc.row_starts,
    }
}

/// Scrolls so the selected entry is on screen (the theme heading above a row's first entry
/// with it), from the offset of the last frame; returns the offset to draw with.
fn scroll_into_view(view: &CompareView, layout: &ViewLayout, height: usize) -> usize {
    let mut scroll = view.scroll.get().min(layout.total.saturating_sub(1));
    let wanted = layout
        .anchors
        .get(&(view.row, view.column, view.entry))
        .cloned()
        .or_else(|| {
            // An empty cell: its row's heading.
            layout
                .row_starts
                .iter()
                .find(|(r, _)| *r == view.row)
                .map(|&(_, start)| start..start + 1)
        });
    if let Some(range) = wanted {
        let top = if view.entry == 0 {
            range.start.saturating_sub(1)
        } else {
            range.start
        };
        if top < scroll {
            scroll = top;
        } else if range.end > scroll + height {
            scroll = range.end.saturating_sub(height).min(top);
        }
    }
    view.scroll.set(scroll);
    scroll
}

/// Draws the comparison into the body (the frame less the status lines).
pub fn draw(
    frame: &mut Frame,
    body: Rect,
    state: &AppState,
    view: &CompareView,
) -> Option<Position> {
    let p = &state.palette;
    let g = geometry(state, view, body);
    let comparison = &view.comparison;
    let mut title = format!(" Compare · {} ", joined(&comparison.countries, " · "));
    if let Some(theme) = &comparison.options.theme {
        title.push_str(&format!("· {} ", state.theme_limit_label(theme)));
    }
    let height = g.rows.height as usize;
    let key = layout_key(state, view, g.column_width);
    let stale = view.layout.borrow().as_ref().is_none_or(|l| l.key != key);
    if stale {
        view.layout
            .replace(Some(measure(state, view, g.column_width)));
    }
    let cached = view.layout.borrow();
    let layout = cached.as_ref()?;
    let scroll = scroll_into_view(view, layout, height);
    // Only the rows on screen are laid out again, with the selection highlighted.
    let visible = scroll..scroll + height;
    let on_screen: Vec<usize> = layout
        .row_starts
        .iter()
        .enumerate()
        .filter(|&(i, &(_, start))| {
            let end = layout
                .row_starts
                .get(i + 1)
                .map_or(layout.total, |&(_, next)| next);
            start < visible.end && end > visible.start
        })
        .map(|(_, &(r, _))| r)
        .collect();
    let (first_row, offset) = on_screen
        .first()
        .and_then(|r| layout.row_starts.iter().find(|(row, _)| row == r))
        .copied()
        .unwrap_or((0, 0));
    let last_row = on_screen.last().copied().unwrap_or(first_row);
    let doc = document(
        state,
        view,
        g.column_width,
        Some(first_row..last_row + 1),
        Some((layout, visible.clone())),
    );
    let position = if layout.total <= height {
        " all ".to_string()
    } else {
        format!(
            " {}% ",
            (scroll + height).min(layout.total) * 100 / layout.total.max(1)
        )
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(p.border_focused)
        .title(Line::styled(truncate(&title, body.width as usize), p.title))
        .title_bottom(Line::styled(position, p.border_focused).right_aligned());
    frame.render_widget(block, body);
    if g.inner.height == 0 || g.inner.width == 0 {
        return None;
    }

    // Header: the countries with their counts (stacked: the theme position instead).
    let header = line_area(g.inner, 0);
    if stacked(state, view) {
        // Sticky: whose items these are, even when their heading has scrolled away.
        let key = |action: Action| {
            state
                .keymap
                .first_key(Context::Compare, action)
                .map_or_else(|| action.name().to_string(), |k| k.to_string())
        };
        let country = comparison
            .countries
            .get(view.column)
            .map_or_else(String::new, CountryId::to_string);
        let theme = comparison
            .rows
            .get(view.row)
            .map_or("", |r| r.label.as_str());
        let spans = vec![
            Span::styled(country, p.title),
            Span::styled(
                format!(
                    " {}/{} · {theme} {}/{} · {} next theme · {} next country",
                    view.column + 1,
                    comparison.countries.len(),
                    view.row + 1,
                    comparison.rows.len().max(1),
                    key(Action::NextTheme),
                    key(Action::FocusNext),
                ),
                p.dim,
            ),
        ];
        let line = Line::from(spans);
        let width = g.inner.width as usize;
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        if crate::text::width(&text) <= width {
            frame.render_widget(line, header);
        } else {
            // Cut from the end, the country first to go last.
            frame.render_widget(Line::styled(truncate(&text, width), p.title), header);
        }
    } else {
        for (c, country) in comparison.countries.iter().enumerate() {
            let counts = comparison.counts.get(c).copied().unwrap_or_default();
            let text = if view.building && comparison.rows.is_empty() {
                country.to_string()
            } else {
                format!(
                    "{country} · {} rec · {}",
                    counts.recommendations,
                    crate::text::count(counts.findings, "finding")
                )
            };
            let style = if c == view.column {
                p.selected
            } else {
                p.title
            };
            frame.render_widget(
                Line::styled(truncate(&text, g.column_width), style),
                column_rect(header, c, g.column_width),
            );
        }
        if let Some(note) = note(view) {
            frame.render_widget(
                Line::styled(truncate(&note, g.inner.width as usize), p.warning),
                Rect {
                    y: header.y + 1,
                    ..header
                },
            );
        }
    }
    if comparison.rows.is_empty() {
        let text = if view.building {
            "Building the comparison…"
        } else {
            "Nothing on these themes for these countries in the loaded reports."
        };
        frame.render_widget(Line::styled(text, p.dim), line_area(g.rows, 0));
        return None;
    }

    let mut cursor = None;
    let selected = doc
        .anchor((view.row, view.column, view.entry))
        .map(|r| r.start + offset..r.end + offset);
    let skip = scroll.saturating_sub(offset);
    for (i, line) in doc.lines.iter().skip(skip).take(height).enumerate() {
        let y = g.rows.y + i as u16;
        let row_rect = line_area(g.rows, i);
        if line.across {
            if let Some(cell) = line.cells.first() {
                frame.render_widget(cell.clone(), row_rect);
            }
        } else {
            for (c, cell) in line.cells.iter().enumerate() {
                frame.render_widget(cell.clone(), column_rect(row_rect, c, g.column_width));
            }
            // Column rules between the cells.
            for c in 1..line.cells.len() {
                let x = g.rows.x + (c * (g.column_width + 1)) as u16 - 1;
                frame.render_widget(
                    Span::styled("│", p.border),
                    Rect {
                        x,
                        y,
                        width: 1,
                        height: 1,
                    },
                );
            }
        }
        if selected.as_ref().is_some_and(|r| r.start == scroll + i) {
            let x = if stacked(state, view) {
                g.rows.x
            } else {
                column_rect(row_rect, view.column, g.column_width).x
            };
            cursor = Some(Position::new(x, y));
        }
    }
    cursor
}

fn column_rect(line: Rect, column: usize, column_width: usize) -> Rect {
    Rect {
        x: line.x + (column * (column_width + 1)) as u16,
        width: column_width as u16,
        ..line
    }
}
