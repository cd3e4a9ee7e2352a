//! Where each pane goes for a terminal size. Pure, so drawing, mouse handling and scrolling all
//! agree: ≥ 120 columns shows the four panes side by side; 60–119 columns shows two (the focused
//! pane and the one it opens into, like miller columns); below 60×15 nothing but a message.

use ratatui::layout::Rect;

use super::state::Focus;

/// Smallest usable terminal.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// Width from which all four panes are shown.
pub const WIDE: u16 = 120;

/// The areas of one frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layout {
    TooSmall,
    Panes {
        /// Visible panes, left to right.
        panes: Vec<(Focus, Rect)>,
        /// Breadcrumb and filters.
        status: Rect,
        /// Key hints or a message.
        hints: Rect,
    },
}

impl Layout {
    /// The layout for a terminal area with a given focus.
    pub fn new(area: Rect, focus: Focus) -> Self {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return Layout::TooSmall;
        }
        let body = Rect {
            height: area.height - 2,
            ..area
        };
        let status = Rect {
            y: area.y + area.height - 2,
            height: 1,
            ..area
        };
        let hints = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        let panes = if area.width >= WIDE {
            let countries = 28.min(area.width / 5);
            let rest = area.width - countries;
            let sections = rest * 28 / 100;
            let items = rest * 32 / 100;
            let reader = rest - sections - items;
            columns(
                body,
                &[
                    (Focus::Countries, countries),
                    (Focus::Sections, sections),
                    (Focus::Items, items),
                    (Focus::Reader, reader),
                ],
            )
        } else {
            let (left, right) = match focus {
                Focus::Countries => (Focus::Countries, Focus::Sections),
                Focus::Sections => (Focus::Sections, Focus::Items),
                Focus::Items | Focus::Reader => (Focus::Items, Focus::Reader),
            };
            let left_width = area.width * 2 / 5;
            columns(
                body,
                &[(left, left_width), (right, area.width - left_width)],
            )
        };
        Layout::Panes {
            panes,
            status,
            hints,
        }
    }

    /// The search prompt's two areas: its results and the reading pane that previews the
    /// selected hit. On wide terminals the results cover the panes left of the reading pane; on
    /// narrower ones they take three fifths of the width, since while searching the list is what
    /// is read (a hit's text is cut at 32 columns otherwise).
    pub fn search(area: Rect) -> Option<(Rect, Rect)> {
        let Layout::Panes { panes, .. } = Layout::new(area, Focus::Reader) else {
            return None;
        };
        let body = Rect {
            height: area.height - 2,
            ..area
        };
        if area.width >= WIDE {
            let reader = panes.iter().find(|(f, _)| *f == Focus::Reader)?.1;
            let results = Rect {
                width: reader.x - body.x,
                ..body
            };
            return Some((results, reader));
        }
        let results_width = area.width * 3 / 5;
        let results = Rect {
            width: results_width,
            ..body
        };
        let preview = Rect {
            x: body.x + results_width,
            width: area.width - results_width,
            ..body
        };
        Some((results, preview))
    }

    /// The area of a pane, when it is visible.
    pub fn pane(&self, pane: Focus) -> Option<Rect> {
        match self {
            Layout::TooSmall => None,
            Layout::Panes { panes, .. } => panes.iter().find(|(p, _)| *p == pane).map(|(_, r)| *r),
        }
    }
}

fn columns(body: Rect, widths: &[(Focus, u16)]) -> Vec<(Focus, Rect)> {
    let mut x = body.x;
    widths
        .iter()
        .map(|&(pane, width)| {
            let rect = Rect { x, width, ..body };
            x += width;
            (pane, rect)
        })
        .collect()
}

/// Rows of a pane that fit on screen (a page for PgDn) with `focus` laid out; a pane that
/// layout hides counts as in the layout that shows it.
pub fn page(size: Rect, focus: Focus, pane: Focus) -> usize {
    let rect = Layout::new(size, focus)
        .pane(pane)
        .or_else(|| Layout::new(size, pane).pane(pane))
        .unwrap_or_default();
    (inner(rect).height as usize).max(1)
}

/// The inside of a bordered pane.
pub fn inner(rect: Rect) -> Rect {
    Rect {
        x: rect.x + 1,
        y: rect.y + 1,
        width: rect.width.saturating_sub(2),
        height: rect.height.saturating_sub(2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_four_panes_that_fill_the_width() {
        let layout = Layout::new(Rect::new(0, 0, 160, 48), Focus::Countries);
        let Layout::Panes { panes, .. } = &layout else {
            panic!("too small")
        };
        assert_eq!(panes.len(), 4);
        assert_eq!(panes.iter().map(|(_, r)| r.width).sum::<u16>(), 160);
    }

    #[test]
    fn search_results_and_preview_share_the_body() {
        for (w, h) in [(80, 24), (100, 30), (119, 40), (120, 40), (160, 48)] {
            let (results, preview) = Layout::search(Rect::new(0, 0, w, h)).expect("fits");
            assert_eq!(results.x, 0);
            assert_eq!(results.x + results.width, preview.x, "{w}×{h}");
            assert_eq!(preview.x + preview.width, w, "{w}×{h}");
            assert_eq!(results.height, h - 2);
            assert!(results.width >= 48, "{w}×{h}: results {}", results.width);
        }
        assert_eq!(Layout::search(Rect::new(0, 0, 50, 24)), None);
    }

    #[test]
    fn narrow_terminals_show_the_focused_pane_and_the_next() {
        let layout = Layout::new(Rect::new(0, 0, 80, 24), Focus::Sections);
        assert!(layout.pane(Focus::Sections).is_some());
        assert!(layout.pane(Focus::Items).is_some());
        assert!(layout.pane(Focus::Countries).is_none());
        assert_eq!(
            Layout::new(Rect::new(0, 0, 59, 24), Focus::Items),
            Layout::TooSmall
        );
        assert_eq!(
            Layout::new(Rect::new(0, 0, 80, 14), Focus::Items),
            Layout::TooSmall
        );
    }
}
