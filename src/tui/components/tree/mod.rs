//! The tree component: the three list panes — countries, reports and sections, items — and
//! which of the four panes has the keys. It owns its state (the country tree under the filters,
//! the selection, the jump list, the rows of each pane and their scroll offsets), handles the
//! panes' actions in [`Tree::update`] and the mouse in [`Tree::click`] / [`Tree::wheel`], and
//! asks the rest of the reader for anything else through [`Msg`]s. The app calls its other
//! methods for the messages other components send (`OpenItem`, `Preview`, `Restore`).
//!
//! The rows of the sections and items panes are built when the selection moves to another
//! country or section, not on every key: at 1000× the built-in corpus "All / Regional" has tens
//! of thousands of rows.

pub mod view;

use std::cell::Cell;
use std::sync::Arc;

use crate::corpus::model::Corpus;
use crate::corpus::summary::ReportSummary;
use crate::tree::{CountryNode, CountryTree, Filter, ItemRef, ReportNode, Scope, SectionNode};

use super::super::action::Action;
use super::super::layout::page;
use super::super::msg::{Msg, Purpose};
use super::super::state::{Focus, Level, Place, Status};
use super::Ctx;

/// One row of a list pane: a heading that cannot be selected, or an entry (index into the
/// pane's selectable entries).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A report's heading in the sections pane (index into the corpus's reports).
    Report(usize),
    /// An addressee's heading in the items pane.
    Addressee(String),
    Entry(usize),
}

/// A pane's rows and, for each entry, its row.
#[derive(Debug, Clone, Default)]
struct Rows {
    rows: Vec<Row>,
    entry_row: Vec<usize>,
}

impl Rows {
    fn push_entry(&mut self) {
        self.entry_row.push(self.rows.len());
        self.rows.push(Row::Entry(self.entry_row.len() - 1));
    }
}

/// The tree component's state.
#[derive(Debug, Clone)]
pub struct Tree {
    /// Countries → reports → sections → items, under the filters (rebuilt when they change).
    /// Shared so the other components can read it (`Ctx::tree`) while the tree changes.
    pub nodes: Arc<CountryTree>,
    /// Every report's summary, what the tree is built from (so that it can be drawn before the
    /// reports themselves are decoded).
    summaries: Arc<Vec<ReportSummary>>,
    pub filter: Filter,
    /// The pane that has the keys (the reading pane included: the tree lays out all four).
    pub focus: Focus,
    country: usize,
    section: usize,
    item: usize,
    /// The selected country's sections: (index into its reports, index into that report's
    /// sections), in display order.
    sections: Vec<(usize, usize)>,
    /// Rows of the countries, sections and items panes.
    rows: [Rows; 3],
    /// First visible row of each pane as last drawn (the views clamp it, see
    /// [`Tree::offset`]).
    offsets: [Cell<usize>; 3],
    pub back: Vec<Place>,
    pub forward: Vec<Place>,
}

fn info(text: &str) -> Msg {
    Msg::Status(Status {
        level: Level::Info,
        text: text.to_string(),
    })
}

fn add(index: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (index as isize)
        .saturating_add(delta)
        .clamp(0, len as isize - 1) as usize
}

impl Tree {
    /// The tree of every item of `corpus`, the first country selected.
    pub fn new(corpus: &Corpus) -> Self {
        let summaries = corpus.reports.iter().map(ReportSummary::of).collect();
        Self::with_summaries(corpus, Arc::new(summaries))
    }

    /// The tree of the reports' summaries (one per report of `corpus`, whose reports may be
    /// only heads), the first country selected.
    pub fn with_summaries(corpus: &Corpus, summaries: Arc<Vec<ReportSummary>>) -> Self {
        let filter = Filter::default();
        let mut tree = Tree {
            nodes: Arc::new(CountryTree::from_summaries(
                corpus,
                Arc::clone(&summaries),
                &filter,
            )),
            summaries,
            filter,
            focus: Focus::Countries,
            country: 0,
            section: 0,
            item: 0,
            sections: Vec::new(),
            rows: Default::default(),
            offsets: Default::default(),
            back: Vec::new(),
            forward: Vec::new(),
        };
        tree.refresh_countries();
        tree
    }

    pub fn country_node(&self) -> Option<&CountryNode> {
        self.nodes.countries.get(self.country)
    }

    /// The selected section with its report.
    pub fn section_node(&self) -> Option<(&ReportNode, &SectionNode)> {
        self.section_at(self.section)
    }

    /// Section `index` of the selected country (an entry of the sections pane) with its report.
    pub fn section_at(&self, index: usize) -> Option<(&ReportNode, &SectionNode)> {
        let (r, s) = *self.sections.get(index)?;
        let report = self.country_node()?.reports().get(r)?;
        Some((report, report.sections.get(s)?))
    }

    /// Builds the tree again from other summaries (the reports turned out to differ from those
    /// the tree was drawn from), keeping the filters and the selection where it can.
    pub fn set_summaries(&mut self, summaries: Arc<Vec<ReportSummary>>, corpus: &Corpus) {
        self.summaries = summaries;
        self.set_filter(self.filter.clone(), corpus);
    }

    /// The summaries the tree is built from.
    pub fn summaries(&self) -> Arc<Vec<ReportSummary>> {
        Arc::clone(&self.summaries)
    }

    /// Number of sections of the selected country.
    pub fn section_count(&self) -> usize {
        self.sections.len()
    }

    /// Number of items in the selected section.
    pub fn item_count(&self) -> usize {
        self.section_node().map_or(0, |(_, s)| s.items.len())
    }

    pub fn item_ref(&self) -> Option<ItemRef> {
        self.section_node()?.1.items.get(self.item).copied()
    }

    /// Selected entry of a list pane.
    pub fn selected(&self, pane: Focus) -> usize {
        match pane {
            Focus::Countries => self.country,
            Focus::Sections => self.section,
            Focus::Items => self.item,
            Focus::Reader => 0,
        }
    }

    /// Rows of a list pane: headings and selectable entries.
    pub fn rows(&self, pane: Focus) -> &[Row] {
        pane.list_index().map_or(&[], |i| &self.rows[i].rows)
    }

    /// Number of selectable entries of a list pane.
    pub fn entries(&self, pane: Focus) -> usize {
        pane.list_index()
            .map_or(0, |i| self.rows[i].entry_row.len())
    }

    /// Row of the selected entry of a list pane.
    pub fn selected_row(&self, pane: Focus) -> Option<usize> {
        let i = pane.list_index()?;
        self.rows[i].entry_row.get(self.selected(pane)).copied()
    }

    /// For the views: the first row to draw in a pane of `height` rows, moved (as little as
    /// needed) so the selected row is on screen with its heading when there is room, and
    /// remembered for the next frame and for mouse clicks.
    pub fn offset(&self, pane: Focus, height: usize) -> usize {
        let Some(i) = pane.list_index() else {
            return 0;
        };
        let rows = &self.rows[i].rows;
        let Some(row) = self.selected_row(pane) else {
            self.offsets[i].set(0);
            return 0;
        };
        let height = height.max(1);
        let mut offset = self.offsets[i].get();
        let top = match row.checked_sub(1).and_then(|r| rows.get(r)) {
            Some(Row::Report(_) | Row::Addressee(_)) => row - 1,
            _ => row,
        };
        offset = offset.min(top);
        if row >= offset + height {
            offset = row + 1 - height;
        }
        offset = offset.min(rows.len().saturating_sub(height));
        self.offsets[i].set(offset);
        offset
    }

    /// Where the user is now (for the jump list).
    pub fn place(&self) -> Place {
        let scope = self
            .country_node()
            .map_or(Scope::Regional, |c| c.scope.clone());
        Place {
            scope,
            item: self.item_ref(),
            section: self.section_node().map(|(r, s)| (r.report, s.section)),
            focus: self.focus,
        }
    }

    fn refresh_countries(&mut self) {
        let mut rows = Rows::default();
        for _ in &self.nodes.countries {
            rows.push_entry();
        }
        self.rows[0] = rows;
        self.refresh_sections();
    }

    fn refresh_sections(&mut self) {
        let mut rows = Rows::default();
        self.sections.clear();
        if let Some(country) = self.nodes.countries.get(self.country) {
            for (r, report) in country.reports().iter().enumerate() {
                rows.rows.push(Row::Report(report.report));
                for s in 0..report.sections.len() {
                    self.sections.push((r, s));
                    rows.push_entry();
                }
            }
        }
        self.rows[1] = rows;
        self.refresh_items();
    }

    fn refresh_items(&mut self) {
        let mut rows = Rows::default();
        if let Some((_, section)) = self.section_node() {
            for group in &section.groups {
                if let Some(addressee) = &group.addressee {
                    rows.rows.push(Row::Addressee(addressee.clone()));
                }
                for _ in 0..group.len {
                    rows.push_entry();
                }
            }
        }
        self.rows[2] = rows;
    }

    pub fn select_country(&mut self, index: usize) {
        if index != self.country {
            self.set_country(index);
        }
    }

    fn set_country(&mut self, index: usize) {
        self.country = index;
        self.section = 0;
        self.item = 0;
        self.offsets[1].set(0);
        self.offsets[2].set(0);
        self.refresh_sections();
    }

    pub fn select_section(&mut self, index: usize) {
        if index != self.section {
            self.section = index;
            self.item = 0;
            self.offsets[2].set(0);
            self.refresh_items();
        }
    }

    pub fn select_item(&mut self, index: usize) {
        self.item = index;
    }

    /// Moves the selection of the focused list pane by `delta` entries.
    pub fn move_by(&mut self, delta: isize) {
        match self.focus {
            Focus::Countries => {
                let n = add(self.country, delta, self.nodes.countries.len());
                self.select_country(n);
            }
            Focus::Sections => {
                let n = add(self.section, delta, self.section_count());
                self.select_section(n);
            }
            Focus::Items => {
                let n = add(self.item, delta, self.item_count());
                self.select_item(n);
            }
            Focus::Reader => {}
        }
    }

    /// The section of the selected country that is `section` of `report`.
    fn section_index(&self, report: usize, section: usize) -> Option<usize> {
        let country = self.country_node()?;
        self.sections.iter().position(|&(r, s)| {
            let node = &country.reports()[r];
            node.report == report && node.sections[s].section == section
        })
    }

    /// Enter: into the next pane (the reading pane records a jump).
    fn open(&mut self, corpus: &Corpus) {
        let from = self.place();
        match self.focus {
            Focus::Countries if self.section_count() > 0 => self.focus = Focus::Sections,
            Focus::Sections if self.item_count() > 0 => self.focus = Focus::Items,
            Focus::Items if self.item_ref().and_then(|at| corpus.get(at)).is_some() => {
                self.focus = Focus::Reader;
                self.visit(from);
            }
            _ => {}
        }
    }

    /// Remembers `from` as a place to come back to.
    pub fn visit(&mut self, from: Place) {
        if self.back.last() != Some(&from) && from != self.place() {
            self.back.push(from);
            if self.back.len() > 100 {
                self.back.remove(0);
            }
        }
        self.forward.clear();
    }

    fn jump(&mut self, backwards: bool) -> Vec<Msg> {
        let here = self.place();
        let place = if backwards {
            self.back.pop()
        } else {
            self.forward.pop()
        };
        let Some(place) = place else {
            return vec![info(if backwards {
                "no earlier place"
            } else {
                "no later place"
            })];
        };
        if backwards {
            self.forward.push(here);
        } else {
            self.back.push(here);
        }
        if self.restore(&place) {
            Vec::new()
        } else {
            vec![info("that place is hidden by the filters")]
        }
    }

    /// Selects a place without recording a jump; false when the filters hide it.
    pub fn restore(&mut self, place: &Place) -> bool {
        let Some(country) = self.nodes.position(&place.scope) else {
            return false;
        };
        self.select_country(country);
        let wanted = place
            .item
            .map(|at| (at.report, at.section))
            .or(place.section);
        let mut found = wanted.is_none();
        if let Some((report, section)) = wanted {
            if let Some(index) = self.section_index(report, section) {
                self.select_section(index);
                found = true;
            }
        }
        if let Some(at) = place.item {
            let index = self
                .section_node()
                .and_then(|(_, s)| s.items.iter().position(|i| *i == at));
            match index {
                Some(index) => self.select_item(index),
                None => found = false,
            }
        }
        self.focus = place.focus;
        found
    }

    /// Sets the filters and rebuilds the tree, keeping the selection where it can.
    pub fn set_filter(&mut self, filter: Filter, corpus: &Corpus) {
        self.filter = filter;
        let place = self.place();
        self.nodes = Arc::new(CountryTree::from_summaries(
            corpus,
            Arc::clone(&self.summaries),
            &self.filter,
        ));
        self.rows[0] = Rows::default();
        self.country = 0;
        self.refresh_countries();
        // Force a fresh selection: the indices of the old tree mean nothing in the new one.
        self.set_country(self.nodes.position(&place.scope).unwrap_or(0));
        if !self.restore(&place) {
            if let Some((report, section)) = place
                .item
                .map(|at| (at.report, at.section))
                .or(place.section)
            {
                if let Some(index) = self.section_index(report, section) {
                    self.select_section(index);
                }
            }
        }
        self.focus = place.focus;
        if self.focus == Focus::Reader && self.item_ref().is_none() {
            self.focus = Focus::Items;
        }
    }

    /// The next (`delta` > 0) or previous item of the country, crossing section boundaries.
    fn step_item(&mut self, delta: isize) -> Vec<Msg> {
        let Some(country) = self.country_node() else {
            return Vec::new();
        };
        let count = |index: usize| {
            self.sections
                .get(index)
                .map_or(0, |&(r, s)| country.reports()[r].sections[s].items.len())
        };
        let mut section = self.section;
        let mut item = self.item as isize + delta.signum();
        while item < 0 || item as usize >= count(section) {
            if delta > 0 {
                section += 1;
                item = 0;
                if section >= self.sections.len() {
                    return vec![info("this is the last item")];
                }
            } else {
                let Some(before) = section.checked_sub(1) else {
                    return vec![info("this is the first item")];
                };
                section = before;
                item = count(section) as isize - 1;
            }
        }
        self.select_section(section);
        self.select_item(item as usize);
        if self.focus == Focus::Countries || self.focus == Focus::Sections {
            self.focus = Focus::Items;
        }
        Vec::new()
    }

    /// Where the tree shows an item: under `home` (a country pane entry) when the item is about
    /// it, else under its own country or "All / Regional".
    fn place_of(corpus: &Corpus, at: ItemRef, home: Option<&Scope>) -> Option<Place> {
        let (_, _, item) = corpus.get(at)?;
        let scope = match home {
            Some(scope) if scope.includes(item) => scope.clone(),
            _ => match item.countries.as_slice() {
                [one] => Scope::Country(one.clone()),
                _ => Scope::Regional,
            },
        };
        Some(Place {
            scope,
            item: Some(at),
            section: None,
            focus: Focus::Reader,
        })
    }

    /// Selects an item by reference, when the tree shows it (for search and comparison views):
    /// under the selected country when the item is about it, else under its own country or
    /// "All / Regional". Records the jump. False when the item is unknown or filtered out.
    pub fn open_item(&mut self, at: ItemRef, corpus: &Corpus) -> bool {
        let home = self.country_node().map(|c| c.scope.clone());
        let Some(place) = Self::place_of(corpus, at, home.as_ref()) else {
            return false;
        };
        let from = self.place();
        let ok = self.restore(&place);
        if ok {
            self.visit(from);
        }
        ok
    }

    /// Shows an item (search preview) without recording a jump, placed as `open_item` would
    /// place it from `from` (where the search started), so the preview's breadcrumb is where
    /// Enter lands. False when the filters hide it.
    pub fn show_item(&mut self, at: ItemRef, from: Option<&Place>, corpus: &Corpus) -> bool {
        match Self::place_of(corpus, at, from.map(|p| &p.scope)) {
            Some(place) => self.restore(&place),
            None => false,
        }
    }

    /// Selects section `section` of report `report` (the outline's choice), recording a jump.
    pub fn go_to_section(&mut self, report: usize, section: usize) {
        let from = self.place();
        if let Some(index) = self.section_index(report, section) {
            self.select_section(index);
            self.visit(from);
        }
    }

    /// An action for the panes (no window, no comparison on screen, the reading pane's own keys
    /// already taken by it).
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Vec<Msg> {
        let focus = self.focus;
        let page = page(ctx.size, focus, focus) as isize;
        match action {
            Action::MoveDown => self.move_by(1),
            Action::MoveUp => self.move_by(-1),
            Action::PageDown => self.move_by(page),
            Action::PageUp => self.move_by(-page),
            Action::HalfPageDown => self.move_by((page / 2).max(1)),
            Action::HalfPageUp => self.move_by(-(page / 2).max(1)),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::Open => self.open(ctx.corpus),
            Action::Back if focus != Focus::Countries => self.focus = focus.previous(),
            Action::FocusNext => self.focus = focus.next(),
            Action::FocusPrevious => self.focus = focus.previous(),
            Action::NextItem => return self.step_item(1),
            Action::PreviousItem => return self.step_item(-1),
            Action::Outline => return vec![Msg::Pick(Purpose::Heading)],
            Action::JumpBack => return self.jump(true),
            Action::JumpForward => return self.jump(false),
            Action::ToggleRecommendations => {
                let filter = Filter {
                    recommendations_only: !self.filter.recommendations_only,
                    ..self.filter.clone()
                };
                self.set_filter(filter, ctx.corpus);
                return vec![info(if self.filter.recommendations_only {
                    "showing recommendations only"
                } else {
                    "showing every item"
                })];
            }
            Action::ThemeFilter => return vec![Msg::Pick(Purpose::ThemeFilter)],
            Action::ClearFilters => {
                self.set_filter(Filter::default(), ctx.corpus);
                return vec![info("filters removed")];
            }
            Action::Copy | Action::CopyText => {
                return match self.item_ref().and_then(|at| ctx.corpus.get(at)) {
                    Some((report, section, item)) => {
                        vec![Msg::Copy(report.copy_text(
                            section,
                            item,
                            action == Action::Copy,
                        ))]
                    }
                    None => vec![info("nothing to copy: select an item first")],
                }
            }
            Action::Search => {
                return vec![Msg::Search {
                    from_comparison: false,
                }]
            }
            Action::Find => {
                if self.item_ref().and_then(|at| ctx.corpus.get(at)).is_none() {
                    return vec![info("nothing to find in: select an item first")];
                }
                self.focus = Focus::Reader;
                return vec![Msg::Find];
            }
            Action::NextHit => return vec![Msg::StepHit(1)],
            Action::PreviousHit => return vec![Msg::StepHit(-1)],
            Action::Compare => return vec![Msg::StartComparison],
            Action::Diff => return vec![Msg::StartDiff],
            Action::History => return vec![Msg::History],
            Action::Help => return vec![Msg::Help],
            Action::Problems => return vec![Msg::Problems],
            Action::Quit => return vec![Msg::Quit],
            // Comparison and prompt keys outside them: nothing to act on.
            _ => {}
        }
        Vec::new()
    }

    /// A left click on row `row` (counted from the top of the pane's inner area, `None` on its
    /// border) of `pane`: focus there and select the entry under it.
    pub fn click(&mut self, pane: Focus, row: Option<usize>) {
        self.focus = pane;
        let (Some(i), Some(row)) = (pane.list_index(), row) else {
            return;
        };
        let row = self.offsets[i].get() + row;
        if let Some(Row::Entry(entry)) = self.rows[i].rows.get(row) {
            match pane {
                Focus::Countries => self.select_country(*entry),
                Focus::Sections => self.select_section(*entry),
                _ => self.select_item(*entry),
            }
        }
    }

    /// The wheel over a list pane: its selection moves by `delta` (the focus stays).
    pub fn wheel(&mut self, pane: Focus, delta: isize) {
        let focus = self.focus;
        self.focus = pane;
        self.move_by(delta);
        self.focus = focus;
    }
}
