//! Everything the reader shows, in one value: the corpus, each component's state (the tree
//! panes, reading pane, prompt, comparison, the open window) and the status line.
//! [`super::app`] routes actions to the components and their messages back; views only read.

use ratatui::layout::Rect;

use crate::corpus::model::{Corpus, Item, Report, Section};
use crate::corpus::{Loaded, Severity};
use crate::text::sanitize;
use crate::tree::{CountryNode, ItemRef, ReportNode, Scope, SectionNode};

use super::components::compare::CompareView;
use super::components::help::Help;
use super::components::picker::Picker;
use super::components::problems::Problems;
use super::components::prompt::SearchUi;
use super::components::reader::Reader;
use super::components::tree::Tree;
use super::keymap::{Context, Keymap};
use super::style::Palette;

/// The four panes, left to right; also what has the keyboard focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Focus {
    Countries,
    Sections,
    Items,
    Reader,
}

impl Focus {
    pub const ALL: [Focus; 4] = [
        Focus::Countries,
        Focus::Sections,
        Focus::Items,
        Focus::Reader,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Focus::Countries => "Countries",
            Focus::Sections => "Reports & sections",
            Focus::Items => "Items",
            Focus::Reader => "Reading",
        }
    }

    pub fn next(self) -> Focus {
        match self {
            Focus::Countries => Focus::Sections,
            Focus::Sections => Focus::Items,
            Focus::Items => Focus::Reader,
            Focus::Reader => Focus::Countries,
        }
    }

    pub fn previous(self) -> Focus {
        match self {
            Focus::Countries => Focus::Reader,
            Focus::Sections => Focus::Countries,
            Focus::Items => Focus::Sections,
            Focus::Reader => Focus::Items,
        }
    }

    /// Index of the list panes (countries 0, sections 1, items 2).
    pub fn list_index(self) -> Option<usize> {
        match self {
            Focus::Countries => Some(0),
            Focus::Sections => Some(1),
            Focus::Items => Some(2),
            Focus::Reader => None,
        }
    }
}

/// A window over the panes that takes the keys while it is open, with its component's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// The keys in force, generated from the keymap.
    Help(Help),
    /// The problems found while loading the reports.
    Problems(Problems),
    /// A picker: countries to compare, a theme, a heading of the report.
    Picker(Picker),
    /// The `/` search prompt and its hits (state in [`AppState::search`]).
    Search,
    /// What changed between two reports (`D`).
    Diff(super::components::diff::DiffPage),
}

/// How a status message looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
}

/// A one-line message in the status bar, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub level: Level,
    pub text: String,
}

/// Something the loop must do outside the state (the state itself does no I/O).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put text on the clipboard (OSC 52 or the `--copy-to` file).
    Copy { text: String },
    /// Draw the whole screen again (ctrl-l).
    Repaint,
    /// Give the terminal back to the shell and stop (ctrl-z); redraw on `fg`.
    Suspend,
}

/// A place in the corpus, for the jump list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub scope: Scope,
    pub item: Option<ItemRef>,
    /// Report and section index when no item is selected.
    pub section: Option<(usize, usize)>,
    pub focus: Focus,
}

/// The whole state of the reader.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Shared with background work (the comparison of a large corpus is built off the UI thread).
    pub corpus: std::sync::Arc<Corpus>,
    /// Theme ids and labels, in the order of the theme rules.
    pub themes: Vec<(String, String)>,
    /// The tree panes: the country tree under the filters, the selection, the focus, the
    /// jump list.
    pub tree: Tree,
    /// The reading pane: its scroll and find-in-item.
    pub reader: Reader,
    pub overlay: Option<Overlay>,
    pub status: Option<Status>,
    pub keymap: Keymap,
    pub palette: Palette,
    /// Terminal size as last seen.
    pub size: Rect,
    pub effects: Vec<Effect>,
    pub quit: bool,
    /// The search index, the `/` prompt and the last search's hits.
    pub search: SearchUi,
    /// The comparison view, when one is open (shown, or waiting while an item opened from it is
    /// read).
    pub compare: Option<CompareView>,
    /// Gazetteer and theme rules (`@country`, `#theme`, pickers, comparisons).
    pub rules: std::sync::Arc<crate::corpus::ImportRules>,
    /// Every problem found while loading the reports, for the problem list (`!`).
    pub problems: ProblemList,
    /// While the reports are decoded and the search index read on a worker thread (the reader
    /// started from the reports' heads and summaries): where they will arrive.
    pub loading: Option<super::loading::Loading>,
}

impl AppState {
    /// A reader over loaded reports, with the rules they were read with (their gazetteer and
    /// themes serve `@country`, `#theme`, the theme picker and the comparison). Load diagnostics
    /// become one warning in the status bar.
    pub fn new(
        loaded: Loaded,
        rules: crate::corpus::ImportRules,
        keymap: Keymap,
        palette: Palette,
    ) -> Self {
        Self::with_index(loaded, rules, None, keymap, palette)
    }

    /// [`AppState::new`] with the search index of `loaded` when there is one already (from the
    /// on-disk cache, see `crate::library::Opened::search_index`); it is used when sanitising
    /// the reports for the screen changed nothing, else the index is built.
    pub fn with_index(
        loaded: Loaded,
        rules: crate::corpus::ImportRules,
        index: Option<crate::search::SearchIndex>,
        keymap: Keymap,
        palette: Palette,
    ) -> Self {
        let mut corpus = loaded.corpus;
        let sanitized = sanitize_corpus(&mut corpus);
        let tree = Tree::new(&corpus);
        let search = match index {
            Some(index) if !sanitized && index.len() == corpus.items().count() => {
                SearchUi::with_index(index)
            }
            _ => SearchUi::new(&corpus),
        };
        Self::assemble(
            Loaded { corpus, ..loaded },
            tree,
            search,
            rules,
            keymap,
            palette,
        )
    }

    /// A reader drawn from the reports' heads (`loaded` holds reports without sections) and
    /// summaries, before the reports themselves are in: the tree is whole, the items and the
    /// search wait for [`AppState::loading`] (see [`super::loading`]).
    pub fn from_summaries(
        loaded: Loaded,
        summaries: Vec<crate::corpus::summary::ReportSummary>,
        rules: crate::corpus::ImportRules,
        keymap: Keymap,
        palette: Palette,
    ) -> Self {
        let mut corpus = loaded.corpus;
        sanitize_corpus(&mut corpus);
        let tree = Tree::with_summaries(&corpus, std::sync::Arc::new(summaries));
        let search = SearchUi::waiting();
        Self::assemble(
            Loaded { corpus, ..loaded },
            tree,
            search,
            rules,
            keymap,
            palette,
        )
    }

    /// Puts whole reports in place of their heads (sanitised first, with the head's id: ids
    /// are made unique across the corpus), by position.
    pub fn put_reports(&mut self, reports: Vec<(usize, Report)>) {
        let corpus = std::sync::Arc::make_mut(&mut self.corpus);
        for (i, mut report) in reports {
            if let Some(slot) = corpus.reports.get_mut(i) {
                if report.id != slot.id {
                    crate::corpus::rename_report(&mut report, slot.id.clone());
                }
                sanitize_report(&mut report);
                *slot = report;
            }
        }
    }

    fn assemble(
        loaded: Loaded,
        tree: Tree,
        search: SearchUi,
        rules: crate::corpus::ImportRules,
        keymap: Keymap,
        palette: Palette,
    ) -> Self {
        let corpus = loaded.corpus;
        let themes: Vec<(String, String)> = rules
            .themes
            .themes
            .iter()
            .map(|t| (t.id.clone(), t.label.clone()))
            .collect();
        let problems = ProblemList::new(loaded.diagnostics);
        let status = problems_status(&problems, &keymap);
        AppState {
            corpus: std::sync::Arc::new(corpus),
            themes: themes
                .into_iter()
                .map(|(id, label)| (sanitize(&id), sanitize(&label)))
                .collect(),
            tree,
            reader: Reader::default(),
            overlay: None,
            status,
            keymap,
            palette,
            size: Rect::new(0, 0, 80, 24),
            effects: Vec::new(),
            quit: false,
            search,
            compare: None,
            rules: std::sync::Arc::new(rules),
            problems,
            loading: None,
        }
    }

    /// The built-in reports with the built-in rules, keymap and theme (tests, benchmarks).
    pub fn builtin() -> Self {
        AppState::new(
            crate::corpus::load_builtin(),
            crate::corpus::ImportRules::builtin(),
            Keymap::builtin(),
            Palette::default(),
        )
    }

    /// The keymap context for what has the keys now.
    pub fn context(&self) -> Context {
        if matches!(
            self.overlay,
            Some(Overlay::Search) | Some(Overlay::Picker(_))
        ) || self.reader.typing()
        {
            return Context::Prompt;
        }
        if self.overlay.is_some() {
            return Context::Global;
        }
        if self.comparing() {
            return Context::Compare;
        }
        match self.tree.focus {
            Focus::Reader => Context::Reader,
            _ => Context::Global,
        }
    }

    /// True while the comparison view is on screen.
    pub fn comparing(&self) -> bool {
        self.compare.as_ref().is_some_and(|v| v.shown)
    }

    pub fn country_node(&self) -> Option<&CountryNode> {
        self.tree.country_node()
    }

    /// The selected section with its report.
    pub fn section_node(&self) -> Option<(&ReportNode, &SectionNode)> {
        self.tree.section_node()
    }

    pub fn item_ref(&self) -> Option<ItemRef> {
        self.tree.item_ref()
    }

    /// The selected item with its report and section.
    pub fn current(&self) -> Option<(&Report, &Section, &Item)> {
        self.item_ref().and_then(|at| self.resolve(at))
    }

    pub fn resolve(&self, at: ItemRef) -> Option<(&Report, &Section, &Item)> {
        self.corpus.get(at)
    }

    /// A theme's label (its id when unknown).
    pub fn theme_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.themes
            .iter()
            .find(|(t, _)| t == id)
            .map_or(id, |(_, label)| label.as_str())
    }

    /// The label of the theme row a comparison is limited to.
    pub fn theme_limit_label<'a>(&'a self, limit: &'a crate::compare::ThemeLimit) -> &'a str {
        match limit {
            crate::compare::ThemeLimit::Theme(id) => self.theme_label(id.as_str()),
            crate::compare::ThemeLimit::Unthemed => crate::compare::NO_THEME_LABEL,
        }
    }

    /// "FPC 2021-05-17 · Retreating Rights – Tajikistan: …" for a report.
    pub fn report_heading(&self, report: usize) -> String {
        match self.corpus.reports.get(report) {
            Some(r) => {
                let publisher = r
                    .publisher_short
                    .as_deref()
                    .or(r.publisher.as_deref())
                    .unwrap_or("");
                let date = r.date.as_deref().unwrap_or("undated");
                format!("{publisher} {date} · {}", r.title)
                    .trim()
                    .to_string()
            }
            None => String::new(),
        }
    }

    /// Where the user is now (for the jump list).
    pub fn place(&self) -> Place {
        self.tree.place()
    }

    /// "Tajikistan › FPC 2021 › For the Government of Tajikistan › 3/15".
    pub fn breadcrumb(&self) -> Vec<String> {
        let mut parts = Vec::new();
        let Some(country) = self.country_node() else {
            return parts;
        };
        parts.push(country.scope.label().to_string());
        if let Some((report, section)) = self.section_node() {
            if let Some(r) = self.corpus.reports.get(report.report) {
                parts.push(r.short_label());
            }
            parts.push(section.label.clone());
            if !section.items.is_empty() {
                let item = self.tree.selected(Focus::Items);
                parts.push(format!("{}/{}", item + 1, section.items.len()));
            }
        }
        parts
    }
}

/// The problems found while loading the reports, each shown as `file:line: level: message`
/// (sanitised). A large library can have thousands: they are written out the first time the
/// list is shown, not before the reader's first frame.
#[derive(Debug, Clone, Default)]
pub struct ProblemList {
    /// (Shared with the loading worker, which compares them with what the files give now.)
    diagnostics: std::sync::Arc<Vec<crate::corpus::Diagnostic>>,
    lines: std::sync::OnceLock<Vec<String>>,
}

impl ProblemList {
    pub fn new(diagnostics: Vec<crate::corpus::Diagnostic>) -> Self {
        ProblemList {
            diagnostics: std::sync::Arc::new(diagnostics),
            lines: std::sync::OnceLock::new(),
        }
    }

    /// The problems, shared.
    pub fn diagnostics(&self) -> std::sync::Arc<Vec<crate::corpus::Diagnostic>> {
        std::sync::Arc::clone(&self.diagnostics)
    }

    /// How many problems there are.
    pub fn len(&self) -> usize {
        self.diagnostics.len()
    }

    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// The first problem's line.
    pub fn first(&self) -> Option<String> {
        self.diagnostics.first().map(problem_line)
    }

    /// Every problem's line, in order.
    pub fn lines(&self) -> &[String] {
        self.lines
            .get_or_init(|| self.diagnostics.iter().map(problem_line).collect())
    }
}

/// A problem as the list shows it: `file:line: level: message`, inert for the terminal.
fn problem_line(diagnostic: &crate::corpus::Diagnostic) -> String {
    sanitize(&diagnostic.to_string())
}

/// One line for the status bar about the load's problems (sanitised `file:line: message`
/// lines): how many, the first, and the key that lists them all (`steppe check` when no key
/// is bound).
pub(crate) fn problems_status(problems: &ProblemList, keymap: &Keymap) -> Option<Status> {
    let list_key = keymap
        .first_key(
            super::keymap::Context::Global,
            super::action::Action::Problems,
        )
        .map(|k| k.to_string());
    let list_key = list_key.as_deref();
    let errors = problems
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let first = problems.first()?;
    let noun = if errors > 0 { "problem" } else { "warning" };
    let what = crate::text::count(problems.len(), noun);
    // The key first: a long problem is cut at the terminal's edge.
    let text = match (problems.len(), list_key) {
        (1, Some(key)) => format!("{what} ({key} shows it): {first}"),
        (1, None) => format!("{what}: {first}"),
        (_, Some(key)) => format!("{what} ({key} lists them): {first} …"),
        (_, None) => format!("{what} (steppe check lists them): {first} …"),
    };
    Some(Status {
        level: Level::Warning,
        text,
    })
}

/// Makes every string of the corpus inert before it can reach the terminal; true when
/// something changed.
pub(crate) fn sanitize_corpus(corpus: &mut Corpus) -> bool {
    let mut changed = false;
    for report in &mut corpus.reports {
        changed |= sanitize_report(report);
    }
    changed
}

/// [`sanitize_corpus`] for one report.
fn sanitize_report(report: &mut Report) -> bool {
    let mut changed = false;
    let mut clean = |s: &mut String| {
        // Printable ASCII (most text) needs no closer look.
        let plain = s.bytes().all(|b| (0x20..0x7f).contains(&b));
        if !plain
            && s.chars()
                .any(|c| c.is_control() || crate::text::is_invisible(c))
        {
            *s = sanitize(s);
            changed = true;
        }
    };
    {
        clean(&mut report.title);
        for s in [
            &mut report.subtitle,
            &mut report.author,
            &mut report.publisher,
            &mut report.publisher_short,
            &mut report.date,
            &mut report.url,
        ]
        .into_iter()
        .flatten()
        {
            clean(s);
        }
        clean(&mut report.source);
        report.countries.iter_mut().for_each(&mut clean);
        for footnote in &mut report.footnotes {
            clean(&mut footnote.label);
            clean(&mut footnote.text);
        }
        for section in &mut report.sections {
            if let Some(heading) = &mut section.heading {
                clean(heading);
            }
            for item in &mut section.items {
                clean(&mut item.text);
                if let Some(addressee) = &mut item.addressee {
                    clean(addressee);
                }
                item.countries.iter_mut().for_each(&mut clean);
                item.themes.iter_mut().for_each(&mut clean);
                item.footnotes.iter_mut().for_each(&mut clean);
            }
        }
    }
    changed
}
