//! The app: turns terminal events into actions through the keymap (in the context of what has
//! the keys), hands each action to the component that has the focus, and routes the messages
//! components return ([`Msg`]). It is the only place that reaches across components; they never
//! call each other.

use crossterm::event::{
    Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use crate::tree::Scope;

use super::action::Action;
use super::components::compare::{self, CompareView};
use super::components::help::Help;
use super::components::picker::{Choice, Picker};
use super::components::problems::Problems;
use super::components::tree::{self, info};
use super::components::Ctx;
use super::keymap::{Context, Key};
use super::layout::{inner, Layout};
use super::msg::{Msg, Purpose};
use super::state::{AppState, Effect, Focus, Level, Overlay, Row, Status};

/// The components' read-only view of the state.
macro_rules! ctx {
    ($state:expr) => {
        Ctx {
            corpus: &$state.corpus,
            rules: &$state.rules,
            keymap: &$state.keymap,
            themes: &$state.themes,
            tree: &$state.tree,
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
            tree::fix_offsets(state);
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
        tree::fix_offsets(state);
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
    update_tree(state, action);
    tree::fix_offsets(state);
}

/// An action for the panes (no window, no comparison on screen).
fn update_tree(state: &mut AppState, action: Action) {
    let focus = state.focus;
    let page = tree::page(state, focus);
    if focus == Focus::Reader && state.reader.scroll.apply(action, page) {
        return;
    }
    match action {
        Action::MoveDown => tree::move_by(state, 1),
        Action::MoveUp => tree::move_by(state, -1),
        Action::PageDown => tree::move_by(state, page as isize),
        Action::PageUp => tree::move_by(state, -(page as isize)),
        Action::HalfPageDown => tree::move_by(state, (page / 2).max(1) as isize),
        Action::HalfPageUp => tree::move_by(state, -((page / 2).max(1) as isize)),
        Action::Top => tree::move_by(state, isize::MIN / 2),
        Action::Bottom => tree::move_by(state, isize::MAX / 2),
        Action::Open if focus == Focus::Reader => state.reader.scroll.by(page as isize - 1),
        Action::Open => tree::open(state),
        // Back from the reading pane: to the comparison an item was opened from, else the
        // items pane.
        Action::Back if focus == Focus::Reader && come_back(state) => {}
        Action::Back if focus != Focus::Countries => state.focus = focus.previous(),
        Action::FocusNext => state.focus = focus.next(),
        Action::FocusPrevious => state.focus = focus.previous(),
        Action::NextItem => tree::step_item(state, 1),
        Action::PreviousItem => tree::step_item(state, -1),
        Action::Outline => open_picker(state, Purpose::Heading),
        Action::JumpBack => tree::jump(state, true),
        Action::JumpForward => tree::jump(state, false),
        Action::ToggleRecommendations => {
            state.filter.recommendations_only = !state.filter.recommendations_only;
            tree::rebuild(state);
            let text = if state.filter.recommendations_only {
                "showing recommendations only"
            } else {
                "showing every item"
            };
            info(state, text);
        }
        Action::ThemeFilter => open_picker(state, Purpose::ThemeFilter),
        Action::ClearFilters => {
            state.filter = Default::default();
            tree::rebuild(state);
            info(state, "filters removed");
        }
        Action::Copy | Action::CopyText => match state.current() {
            Some((report, section, item)) => {
                let text = report.copy_text(section, item, action == Action::Copy);
                state.effects.push(Effect::Copy { text });
            }
            None => info(state, "nothing to copy: select an item first"),
        },
        Action::Search => route(
            state,
            vec![Msg::Search {
                from_comparison: false,
            }],
        ),
        Action::Diff => {
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
        Action::History => {
            let next = state.current().map(|(_, _, item)| {
                super::components::reader::next_in_history(&state.reader, &state.corpus, item)
            });
            match next {
                Some(Ok((at, hop, text))) => {
                    route(state, vec![Msg::OpenItem { at, country: None }]);
                    state.reader.hop = hop;
                    state.focus = Focus::Reader;
                    info(state, &text);
                }
                Some(Err(text)) => info(state, &text),
                None => info(state, "nothing selected: select a recommendation first"),
            }
        }
        Action::Find => {
            if state.current().is_some() {
                state.focus = Focus::Reader;
                state.reader.open_find();
            } else {
                info(state, "nothing to find in: select an item first");
            }
        }
        Action::NextHit | Action::PreviousHit => {
            let delta = if action == Action::NextHit { 1 } else { -1 };
            if focus == Focus::Reader && state.reader.finding() {
                let msgs = state.reader.step(delta);
                route(state, msgs);
            } else {
                route(state, vec![Msg::StepHit(delta)]);
            }
        }
        Action::Compare => {
            let ctx = ctx!(state);
            let msg = compare::start(&ctx);
            route(state, vec![msg]);
        }
        Action::Help => route(state, vec![Msg::Help]),
        Action::Problems => route(state, vec![Msg::Problems]),
        Action::Close if !come_back(state) && focus == Focus::Reader => state.reader.find = None,
        Action::Quit => state.quit = true,
        // Comparison and prompt keys outside them: nothing to act on.
        _ => {}
    }
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
        Msg::Pick(purpose) => open_picker(state, purpose),
        Msg::Picked(purpose, choice) => picked(state, purpose, choice),
        Msg::Preview { at, from } => {
            match at {
                Some(at) => {
                    tree::show_item_ref(state, at, from.as_ref());
                }
                None => {
                    if let Some(from) = from {
                        tree::restore_place(state, &from);
                    }
                }
            }
            state.focus = Focus::Reader;
            state.reader.reset();
        }
        Msg::Restore(place) => {
            tree::restore_place(state, &place);
        }
        Msg::OpenItem { at, country } => {
            if let Some(index) = country.and_then(|c| state.tree.position(&Scope::Country(c))) {
                tree::select_country(state, index);
            }
            if tree::select_item_ref(state, at) {
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
            tree::restore_place(state, &before);
        }
        Msg::StartComparison => {
            let ctx = ctx!(state);
            let msg = compare::start(&ctx);
            route_one(state, msg);
        }
        Msg::Search { from_comparison } => {
            let ctx = ctx!(state);
            state.search.open(ctx.place.clone(), from_comparison, &ctx);
            state.focus = Focus::Reader;
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
    }
}

/// Opens a picker for a purpose, its choices taken from the state.
fn open_picker(state: &mut AppState, purpose: Purpose) {
    let (title, choices, selected) = match &purpose {
        Purpose::ThemeFilter => {
            let current = state.filter.theme.clone();
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
            let current = options.theme.map(|t| t.into_string());
            let (choices, selected) = theme_choices(state, current.as_deref(), counts);
            ("Limit the comparison to".to_string(), choices, selected)
        }
        Purpose::CompareCountries { chosen, .. } => {
            let choices: Vec<Choice> = compare::loaded_countries(&state.tree)
                .into_iter()
                .filter(|c| !chosen.contains(c))
                .map(|name| {
                    // As in the countries pane: recommendations/findings.
                    let counts = state
                        .tree
                        .country(&name)
                        .map(|c| format!("{}/{}", c.counts.recommendations, c.counts.findings))
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
                format!("Compare {} with", chosen.join(", "))
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
            state.filter.theme = choice;
            tree::rebuild(state);
            let text = match &state.filter.theme {
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
            let Some(country) = choice else {
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
                let from = state.place();
                let index = state.country_node().and_then(|c| {
                    c.sections()
                        .position(|(r, s)| r.report == report && s.section == section)
                });
                if let Some(index) = index {
                    tree::select_section(state, index);
                    tree::visit(state, from);
                }
            }
            tree::fix_offsets(state);
        }
    }
}

/// Before each frame: results of background work (search's typo tier, a large comparison).
/// True when something changed.
pub fn poll(state: &mut AppState) -> bool {
    let open = state.overlay == Some(Overlay::Search);
    let searched = match state.search.poll(open) {
        Some(msgs) => {
            route(state, msgs);
            true
        }
        None => false,
    };
    let compared = state.compare.as_mut().is_some_and(|v| v.poll());
    searched || compared
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
    let layout = Layout::new(state.size, state.focus);
    let Layout::Panes { panes, .. } = &layout else {
        return;
    };
    let Some(&(pane, rect)) = panes.iter().find(|(_, r)| r.contains(at)) else {
        return;
    };
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            state.status = None;
            state.focus = pane;
            if let Some(index) = pane.list_index() {
                let area = inner(rect);
                if area.contains(at) {
                    let row = state.offsets[index] + (at.y - area.y) as usize;
                    if let Some(Row::Entry(entry)) = state.rows(pane).get(row) {
                        match pane {
                            Focus::Countries => tree::select_country(state, *entry),
                            Focus::Sections => tree::select_section(state, *entry),
                            _ => tree::select_item(state, *entry),
                        }
                    }
                }
            }
            // Keep the clicked pane visible in the two-column layout.
            tree::fix_offsets(state);
        }
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let down = mouse.kind == MouseEventKind::ScrollDown;
            let focus = state.focus;
            state.focus = pane;
            tree::move_by(
                state,
                if pane == Focus::Reader { 3 } else { 1 } * if down { 1 } else { -1 },
            );
            state.focus = focus;
            tree::fix_offsets(state);
        }
        _ => {}
    }
}
