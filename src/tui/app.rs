//! The app: turns terminal events into actions through the keymap (in the context of what has
//! the keys), hands each action to the component that has the focus, and routes the messages
//! components return ([`Msg`]). It is the only place that reaches across components; they never
//! call each other.

use crossterm::event::{
    Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use std::sync::Arc;

use ratatui::layout::{Position, Rect};

use crate::tree::{Filter, Scope};

use super::action::Action;
use super::components::compare::{self, CompareView};
use super::components::help::Help;
use super::components::picker::{Choice, Picker};
use super::components::problems::Problems;
use super::components::tree::Tree;
use super::components::Ctx;
use super::keymap::{Context, Key};
use super::layout::{inner, Layout};
use super::msg::{Msg, Purpose};
use super::state::{AppState, Effect, Focus, Level, Overlay, Status};

/// A line for the status bar.
fn info(state: &mut AppState, text: &str) {
    state.status = Some(Status {
        level: Level::Info,
        text: text.to_string(),
    });
}

/// The components' read-only view of the state.
macro_rules! ctx {
    ($state:expr) => {
        Ctx {
            corpus: &$state.corpus,
            rules: &$state.rules,
            keymap: &$state.keymap,
            themes: &$state.themes,
            tree: &$state.tree.nodes,
            size: $state.size,
            place: $state.place(),
            background: $state.search.background.clone(),
        }
    };
}

/// Handles one terminal event.
pub fn handle_event(state: &mut AppState, event: &Event) {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            let context = state.context();
            let key = Key::from_event(key);
            match state.keymap.lookup(context, key) {
                Some(action) => update(state, action),
                None if context == Context::Prompt => {
                    if let KeyCode::Char(c) = key.code {
                        if !key
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                        {
                            state.status = None;
                            type_text(state, &c.to_string());
                        }
                    }
                }
                None => {
                    let help = state
                        .keymap
                        .first_key(Context::Global, Action::Help)
                        .map_or_else(|| "help".to_string(), |k| format!("{k} for help"));
                    state.status = Some(Status {
                        level: Level::Info,
                        text: format!("{key} is not bound ({help})"),
                    });
                }
            }
        }
        // A paste is one event: text for a prompt, never commands.
        Event::Paste(text) => paste(state, text),
        Event::Resize(width, height) => {
            state.size = Rect::new(0, 0, *width, *height);
            if let Some(view) = &mut state.compare {
                view.settle();
            }
        }
        Event::Mouse(mouse) => handle_mouse(state, mouse),
        _ => {}
    }
}

/// A paste (bracketed paste): typed into the open prompt at once (searched once), or refused
/// with a message when no prompt is open.
fn paste(state: &mut AppState, text: &str) {
    if state.context() == Context::Prompt {
        state.status = None;
        type_text(state, text);
    } else {
        let key = state
            .keymap
            .first_key(Context::Global, Action::Search)
            .map_or_else(|| "search".to_string(), |k| k.to_string());
        info(
            state,
            &format!("paste ignored: open the search ({key}) and paste there"),
        );
    }
}

/// Text for whichever prompt has the keys.
fn type_text(state: &mut AppState, text: &str) {
    if state.reader.typing() {
        state.reader.type_text(text);
        return;
    }
    if let Some(Overlay::Picker(picker)) = &mut state.overlay {
        picker.type_text(text);
        return;
    }
    let msgs = if state.overlay == Some(Overlay::Search) {
        let ctx = ctx!(state);
        state.search.type_text(text, &ctx)
    } else {
        Vec::new()
    };
    route(state, msgs);
}

/// Carries out one action: the focused component's, or the tree's.
pub fn update(state: &mut AppState, action: Action) {
    state.status = None;
    // Keys that work over everything.
    match action {
        Action::Repaint => return state.effects.push(Effect::Repaint),
        Action::Suspend => return state.effects.push(Effect::Suspend),
        _ => {}
    }
    if state.reader.typing() {
        let ctx = ctx!(state);
        let msgs = state.reader.update_find(action, &ctx);
        return route(state, msgs);
    }
    if let Some(mut overlay) = state.overlay.take() {
        let ctx = ctx!(state);
        let msgs = match &mut overlay {
            Overlay::Help(help) => help.update(action, &ctx),
            Overlay::Problems(list) => list.update(action, &ctx),
            Overlay::Picker(picker) => picker.update(action, &ctx),
            Overlay::Search => state.search.update(action, &ctx),
            Overlay::Diff(page) => page.update(action, &ctx),
        };
        state.overlay = Some(overlay);
        route(state, msgs);
        return;
    }
    if let Some(mut view) = state.compare.take() {
        if view.shown {
            let ctx = ctx!(state);
            let msgs = view.update(action, &ctx);
            state.compare = Some(view);
            return route(state, msgs);
        }
        state.compare = Some(view);
    }
    update_panes(state, action);
}

/// Runs `f` on the tree component with the others' read-only context; when the item shown
/// changes, the reading pane starts again at its top (and its find ends).
fn on_tree<R>(state: &mut AppState, f: impl FnOnce(&mut Tree, &Ctx) -> R) -> R {
    let before = state.tree.item_ref();
    let nodes = Arc::clone(&state.tree.nodes);
    let ctx = Ctx {
        corpus: &state.corpus,
        rules: &state.rules,
        keymap: &state.keymap,
        themes: &state.themes,
        tree: &nodes,
        size: state.size,
        place: state.tree.place(),
        background: state.search.background.clone(),
    };
    let out = f(&mut state.tree, &ctx);
    if state.tree.item_ref() != before {
        state.reader.reset();
    }
    out
}

/// An action for the panes (no window, no comparison on screen): the reading pane's own when
/// it has the focus, else the tree's.
fn update_panes(state: &mut AppState, action: Action) {
    let in_reader = state.tree.focus == Focus::Reader;
    // Back from the reading pane (or close anywhere): to the comparison an item was opened
    // from.
    if (action == Action::Close || (action == Action::Back && in_reader)) && come_back(state) {
        return;
    }
    if in_reader {
        let ctx = ctx!(state);
        if let Some(msgs) = state.reader.update(action, &ctx) {
            return route(state, msgs);
        }
    }
    let msgs = on_tree(state, |tree, ctx| tree.update(action, ctx));
    route(state, msgs);
}

/// Shows the comparison waiting behind the reader; true when there was one.
fn come_back(state: &mut AppState) -> bool {
    match &mut state.compare {
        Some(view) if !view.shown => {
            view.shown = true;
            view.settle();
            true
        }
        _ => false,
    }
}

/// Carries out components' messages, in order (a message may lead to more).
pub fn route(state: &mut AppState, msgs: Vec<Msg>) {
    for msg in msgs {
        route_one(state, msg);
    }
}

fn route_one(state: &mut AppState, msg: Msg) {
    match msg {
        Msg::Status(status) => state.status = Some(status),
        Msg::CloseOverlay => state.overlay = None,
        Msg::Quit => state.quit = true,
        Msg::Copy(text) => state.effects.push(Effect::Copy { text }),
        Msg::Repaint => state.effects.push(Effect::Repaint),
        Msg::Suspend => state.effects.push(Effect::Suspend),
        Msg::Help => state.overlay = Some(Overlay::Help(Help::default())),
        Msg::Problems => {
            if state.problems.is_empty() {
                info(state, "no problems: every report loaded cleanly");
            } else {
                state.overlay = Some(Overlay::Problems(Problems::default()));
            }
        }
        Msg::Pick(Purpose::ThemeFilter) if defer(state, &msg, "the theme picker") => {}
        Msg::Pick(purpose) => open_picker(state, purpose),
        Msg::Picked(purpose, choice) => picked(state, purpose, choice),
        Msg::Preview { at, from } => {
            on_tree(state, |tree, ctx| match at {
                Some(at) => {
                    tree.show_item(at, from.as_ref(), ctx.corpus);
                }
                None => {
                    if let Some(from) = from {
                        tree.restore(&from);
                    }
                }
            });
            state.tree.focus = Focus::Reader;
            state.reader.reset();
        }
        Msg::Restore(place) => {
            on_tree(state, |tree, _| tree.restore(&place));
        }
        Msg::OpenItem { at, country } => {
            let opened = on_tree(state, |tree, ctx| {
                if let Some(index) = country.and_then(|c| tree.nodes.position(&Scope::Country(c))) {
                    tree.select_country(index);
                }
                tree.open_item(at, ctx.corpus)
            });
            if opened {
                // Read in the tree; a comparison stays one Esc away.
                if let Some(view) = &mut state.compare {
                    view.shown = false;
                    if state.status.is_none() {
                        let key = state
                            .keymap
                            .first_key(Context::Reader, Action::Back)
                            .map_or_else(|| "back".to_string(), |k| k.to_string());
                        info(state, &format!("{key}: back to the comparison"));
                    }
                }
            } else {
                let key = state
                    .keymap
                    .first_key(Context::Global, Action::ClearFilters)
                    .map_or_else(|| "clear_filters".to_string(), |k| k.to_string());
                state.status = Some(Status {
                    level: Level::Warning,
                    text: format!("that item is hidden by the filters ({key} removes them)"),
                });
            }
        }
        Msg::ComeBack => {
            come_back(state);
        }
        Msg::HideComparison => {
            if let Some(view) = &mut state.compare {
                view.shown = false;
            }
        }
        Msg::LeaveComparison(before) => {
            state.compare = None;
            on_tree(state, |tree, _| tree.restore(&before));
        }
        Msg::StartComparison if defer(state, &msg, "the comparison") => {}
        Msg::StartDiff if defer(state, &msg, "the diff") => {}
        Msg::History if defer(state, &msg, "the history") => {}
        Msg::StartComparison => {
            let ctx = ctx!(state);
            let msg = compare::start(&ctx);
            route_one(state, msg);
        }
        Msg::StartDiff => {
            let from = state
                .section_node()
                .map(|(report, _)| report.report)
                .filter(|_| state.corpus.reports.len() > 1);
            match from {
                Some(from) => open_picker(state, Purpose::DiffWith { from }),
                None if state.corpus.reports.len() < 2 => {
                    info(state, "a diff needs two reports; one is loaded")
                }
                None => info(state, "select a report first (its sections or items)"),
            }
        }
        Msg::History => {
            let next = state.current().map(|(_, _, item)| {
                super::components::reader::next_in_history(&state.reader, &state.corpus, item)
            });
            match next {
                Some(Ok((at, hop, text))) => {
                    route_one(state, Msg::OpenItem { at, country: None });
                    state.reader.hop = hop;
                    state.tree.focus = Focus::Reader;
                    info(state, &text);
                }
                Some(Err(text)) => info(state, &text),
                None => info(state, "nothing selected: select a recommendation first"),
            }
        }
        Msg::Search { from_comparison } => {
            let ctx = ctx!(state);
            state.search.open(ctx.place.clone(), from_comparison, &ctx);
            state.tree.focus = Focus::Reader;
            state.overlay = Some(Overlay::Search);
        }
        Msg::StepHit(delta) => {
            let key = state
                .keymap
                .first_key(Context::Global, Action::Search)
                .map_or_else(|| "search".to_string(), |k| k.to_string());
            let msgs = state.search.step(delta, &key);
            route(state, msgs);
        }
        Msg::Find => {
            state.tree.focus = Focus::Reader;
            state.reader.open_find();
        }
    }
}

/// Opens a picker for a purpose, its choices taken from the state.
fn open_picker(state: &mut AppState, purpose: Purpose) {
    let (title, choices, selected) = match &purpose {
        Purpose::ThemeFilter => {
            let current = state.tree.filter.theme.clone();
            let counts: Vec<String> = state
                .themes
                .iter()
                .map(|(id, _)| {
                    let n = state
                        .corpus
                        .items()
                        .filter(|(_, _, i)| i.themes.contains(id));
                    n.count().to_string()
                })
                .collect();
            let (choices, selected) = theme_choices(state, current.as_deref(), counts);
            ("Filter by theme".to_string(), choices, selected)
        }
        Purpose::CompareTheme => {
            let Some(view) = &state.compare else {
                return;
            };
            let countries = view.comparison.countries.clone();
            let options = view.comparison.options.clone();
            let per_theme = crate::compare::theme_counts(
                &state.corpus,
                &countries,
                options.recommendations_only,
            );
            let none = vec![0; countries.len()];
            let counts = state
                .themes
                .iter()
                .map(|(id, _)| {
                    let counts: Vec<String> = per_theme
                        .get(id)
                        .unwrap_or(&none)
                        .iter()
                        .map(usize::to_string)
                        .collect();
                    counts.join(" · ")
                })
                .collect();
            let current = options.theme.as_ref().map(|t| t.as_str().to_string());
            let (choices, selected) = theme_choices(state, current.as_deref(), counts);
            ("Limit the comparison to".to_string(), choices, selected)
        }
        Purpose::CompareCountries { chosen, .. } => {
            let choices: Vec<Choice> = compare::loaded_countries(&state.tree.nodes)
                .into_iter()
                .filter(|c| !chosen.iter().any(|chosen| chosen == c))
                .map(|name| {
                    // As in the countries pane: recommendations/other items.
                    let counts = state
                        .tree
                        .nodes
                        .country(&name)
                        .map(|c| format!("{}/{}", c.counts.recommendations, c.counts.other()))
                        .unwrap_or_default();
                    let exact = state
                        .rules
                        .gazetteer
                        .countries
                        .iter()
                        .find(|c| c.name == name)
                        .map(|c| c.iso.iter().map(|code| crate::text::fold(code)).collect())
                        .unwrap_or_default();
                    Choice {
                        exact,
                        ..Choice::new(Some(name.clone()), name, counts)
                    }
                })
                .collect();
            let title = if chosen.is_empty() {
                "Compare".to_string()
            } else {
                format!("Compare {} with", crate::resolve::joined(chosen, ", "))
            };
            (title, choices, 0)
        }
        Purpose::Heading => {
            let Some((report, section)) = state.section_node() else {
                return;
            };
            let selected = report
                .sections
                .iter()
                .position(|s| s.section == section.section)
                .unwrap_or(0);
            let choices = report
                .sections
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    Choice::new(
                        Some(i.to_string()),
                        s.label.clone(),
                        s.counts.total().to_string(),
                    )
                })
                .collect();
            let title = match state.corpus.reports.get(report.report) {
                Some(r) => format!("Outline · {}", r.short_label()),
                None => "Outline".to_string(),
            };
            (title, choices, selected)
        }
        Purpose::DiffWith { from } => {
            let Some(a) = state.corpus.reports.get(*from) else {
                return;
            };
            let choices = state
                .corpus
                .reports
                .iter()
                .enumerate()
                .filter(|(i, _)| i != from)
                .map(|(i, r)| {
                    Choice::new(
                        Some(i.to_string()),
                        format!("{} · {}", r.short_label(), r.title),
                        r.date.clone().unwrap_or_default(),
                    )
                })
                .collect();
            (
                format!("What changed from {} to", a.short_label()),
                choices,
                0,
            )
        }
    };
    state.overlay = Some(Overlay::Picker(Picker::new(
        purpose, title, choices, selected,
    )));
}

/// "(every theme)" then each theme with its count; the row of `current` selected.
fn theme_choices(
    state: &AppState,
    current: Option<&str>,
    counts: Vec<String>,
) -> (Vec<Choice>, usize) {
    let mut choices = vec![Choice::new(None, "(every theme)", "")];
    for ((id, label), count) in state.themes.iter().zip(counts) {
        choices.push(Choice {
            exact: vec![id.clone()],
            ..Choice::new(Some(id.clone()), label.clone(), count)
        });
    }
    let selected = current
        .and_then(|t| state.themes.iter().position(|(id, _)| id == t))
        .map_or(0, |i| i + 1);
    (choices, selected)
}

/// What a picker's choice does.
fn picked(state: &mut AppState, purpose: Purpose, choice: Option<String>) {
    match purpose {
        Purpose::ThemeFilter => {
            let filter = Filter {
                theme: choice,
                ..state.tree.filter.clone()
            };
            on_tree(state, |tree, ctx| tree.set_filter(filter, ctx.corpus));
            let text = match &state.tree.filter.theme {
                Some(id) => format!("theme: {}", state.theme_label(id)),
                None => "every theme".to_string(),
            };
            info(state, &text);
        }
        Purpose::CompareTheme => {
            if let Some(mut view) = state.compare.take() {
                let ctx = ctx!(state);
                let msgs = view.limit_theme(choice, &ctx);
                state.compare = Some(view);
                route(state, msgs);
            }
        }
        Purpose::CompareCountries { mut chosen, adding } => {
            // A choice of the picker: a country of the loaded reports.
            let Some(country) = choice.map(crate::resolve::CountryId::new) else {
                return;
            };
            if adding {
                if let Some(mut view) = state.compare.take() {
                    let ctx = ctx!(state);
                    let msgs = view.add_country(country, &ctx);
                    state.compare = Some(view);
                    route(state, msgs);
                }
                return;
            }
            chosen.push(country);
            if chosen.len() < 2 {
                open_picker(
                    state,
                    Purpose::CompareCountries {
                        chosen,
                        adding: false,
                    },
                );
                return;
            }
            let ctx = ctx!(state);
            let (view, msgs) = CompareView::new(chosen, ctx.place.clone(), &ctx);
            state.compare = Some(view);
            route(state, msgs);
        }
        Purpose::DiffWith { from } => {
            let page = choice
                .and_then(|c| c.parse::<usize>().ok())
                .and_then(|to| super::components::diff::DiffPage::new(&state.corpus, from, to));
            if let Some(page) = page {
                state.overlay = Some(Overlay::Diff(page));
            }
        }
        Purpose::Heading => {
            let target = choice.and_then(|c| c.parse::<usize>().ok()).and_then(|i| {
                let (report, _) = state.section_node()?;
                report.sections.get(i).map(|s| (report.report, s.section))
            });
            if let Some((report, section)) = target {
                on_tree(state, |tree, _| tree.go_to_section(report, section));
            }
        }
    }
}

/// After each frame: background work waiting for the frame to be drawn first (a search on a
/// large corpus) starts.
pub fn after_frame(state: &mut AppState) {
    // The reports the first frame was drawn without are loaded now.
    if let Some(loading) = &state.loading {
        loading.begin(state.search.background.clone());
    }
    state.search.dispatch();
    // On a large corpus the index of recommendations' histories is built off the UI thread,
    // once the first frame is up.
    if let Some(wake) = state
        .search
        .background
        .as_ref()
        .filter(|_| state.loading.is_none())
    {
        if state.search.index.len() >= state.search.background_from {
            state.reader.history.start(&state.corpus, wake);
        }
    }
}

/// Before each frame: results of background work (search's typo tier, a large comparison).
/// True when something changed.
pub fn poll(state: &mut AppState) -> bool {
    let loaded = match state.loading.as_ref().and_then(|l| l.take()) {
        Some(ready) => {
            install(state, ready);
            true
        }
        None => false,
    };
    let open = state.overlay == Some(Overlay::Search);
    let searched = match state.search.poll(open) {
        Some(msgs) => {
            route(state, msgs);
            true
        }
        None => false,
    };
    let compared = state.compare.as_mut().is_some_and(|v| v.poll());
    loaded || searched || compared
}

/// Puts the reports and the search index the loading worker has made in place of the heads
/// the reader started with (see [`super::loading`]).
pub fn install(state: &mut AppState, ready: super::loading::Ready) {
    let loading = state.loading.take();
    state.corpus = Arc::new(ready.corpus);
    if let Some(summaries) = ready.summaries {
        state.tree.set_summaries(Arc::new(summaries), &state.corpus);
    }
    if let Some(diagnostics) = ready.diagnostics {
        // The status line told of the problems drawn: it tells of these instead (unless a key
        // has put something else there since).
        let told = state.status.is_some()
            && state.status == super::state::problems_status(&state.problems, &state.keymap);
        state.problems = super::state::ProblemList::new(diagnostics);
        if told || state.status.is_none() {
            state.status = super::state::problems_status(&state.problems, &state.keymap);
        }
    }
    let rules = Arc::clone(&state.rules);
    state.search.install(ready.index, &rules);
    if state.overlay == Some(Overlay::Search) {
        let msgs = state.search.preview();
        route(state, msgs);
    }
    if let Some(warning) = ready.warnings.into_iter().next() {
        state.status = Some(Status {
            level: Level::Warning,
            text: crate::text::sanitize(&warning),
        });
    }
    let (comparison, deferred) = loading.map_or((None, Vec::new()), |l| (l.comparison, l.deferred));
    if let Some(saved) = comparison.filter(|_| state.compare.is_none()) {
        super::session::reopen_comparison(state, &saved);
    }
    if !deferred.is_empty() {
        state.status = None;
        route(state, deferred);
    }
}

/// While the reports are loading: true for what needs them all, which is kept (with a status
/// message) and carried out when they are in, so a key pressed at once is not lost.
fn defer(state: &mut AppState, msg: &Msg, what: &str) -> bool {
    let Some(loading) = state.loading.as_mut() else {
        return false;
    };
    // Pressed twice while waiting: once is enough.
    if !loading.deferred.contains(msg) {
        loading.deferred.push(msg.clone());
    }
    info(
        state,
        &format!("still loading the reports: {what} opens when they are in"),
    );
    true
}

fn handle_mouse(state: &mut AppState, mouse: &MouseEvent) {
    // Over a window or the comparison the wheel moves its selection; clicks do nothing (the
    // panes under them are hidden).
    if state.overlay.is_some() || state.comparing() || state.reader.typing() {
        let action = match mouse.kind {
            MouseEventKind::ScrollDown => Some(Action::MoveDown),
            MouseEventKind::ScrollUp => Some(Action::MoveUp),
            _ => None,
        };
        if let Some(action) = action {
            update(state, action);
        }
        return;
    }
    let at = Position::new(mouse.column, mouse.row);
    let layout = Layout::new(state.size, state.tree.focus);
    let Layout::Panes { panes, .. } = &layout else {
        return;
    };
    let Some(&(pane, rect)) = panes.iter().find(|(_, r)| r.contains(at)) else {
        return;
    };
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            state.status = None;
            let area = inner(rect);
            let row = area.contains(at).then(|| (at.y - area.y) as usize);
            on_tree(state, |tree, _| tree.click(pane, row));
        }
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let delta = if mouse.kind == MouseEventKind::ScrollDown {
                1
            } else {
                -1
            };
            if pane == Focus::Reader {
                state.reader.scroll.by(3 * delta);
            } else {
                on_tree(state, |tree, _| tree.wheel(pane, delta));
            }
        }
        _ => {}
    }
}
