//! One picker for everything chosen from a list: the countries of a comparison, a theme for the
//! tree's filter or the comparison's limit, a heading of the report (outline). Typing filters it
//! (fuzzy, with exact names such as ISO codes first); the editing keys are the `[prompt]`
//! keymap's. Enter returns [`Msg::Picked`] with the chosen id; what it means is the app's
//! business.

pub mod view;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use super::super::action::Action;
use super::super::input::TextInput;
use super::super::msg::{Msg, Purpose};
use super::super::state::{Level, Status};
use super::Ctx;
use crate::text::fold;

/// One row of a picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// What is returned when picked (`None`: the "every …" row).
    pub id: Option<String>,
    pub label: String,
    /// Shown right-aligned (counts).
    pub note: String,
    /// Words that name this choice exactly (ISO codes, ids), folded.
    pub exact: Vec<String>,
}

impl Choice {
    pub fn new(id: Option<String>, label: impl Into<String>, note: impl Into<String>) -> Self {
        Choice {
            id,
            label: label.into(),
            note: note.into(),
            exact: Vec::new(),
        }
    }
}

/// The open picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub purpose: Purpose,
    pub title: String,
    pub choices: Vec<Choice>,
    pub input: TextInput,
    /// Index into [`Picker::shown`].
    pub selected: usize,
}

impl Picker {
    /// A picker over `choices` with the row `selected` highlighted.
    pub fn new(purpose: Purpose, title: String, choices: Vec<Choice>, selected: usize) -> Self {
        Picker {
            purpose,
            title,
            choices,
            input: TextInput::default(),
            selected,
        }
    }

    /// Indices of the choices that match what is typed, best first (all, in order, while
    /// nothing is typed).
    pub fn shown(&self) -> Vec<usize> {
        let typed = self.input.text().trim();
        if typed.is_empty() {
            return (0..self.choices.len()).collect();
        }
        let folded = fold(typed);
        let matcher = SkimMatcherV2::default();
        let mut scored: Vec<(i64, usize)> = self
            .choices
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let score = if c.exact.contains(&folded) || fold(&c.label) == folded {
                    Some(i64::MAX / 2)
                } else {
                    matcher.fuzzy_match(&c.label, typed)
                };
                score.map(|s| (s, i))
            })
            .collect();
        scored.sort_by_key(|&(s, i)| (std::cmp::Reverse(s), i));
        scored.into_iter().map(|(_, i)| i).collect()
    }

    /// Types text into the filter.
    pub fn type_text(&mut self, text: &str) {
        self.input.insert(text);
        self.selected = 0;
    }

    /// Moves, edits the filter, picks or closes.
    pub fn update(&mut self, action: Action, _ctx: &Ctx) -> Vec<Msg> {
        let count = self.shown().len();
        let last = count.saturating_sub(1);
        match action {
            Action::Close | Action::Back | Action::Quit => return vec![Msg::CloseOverlay],
            Action::Open => {
                let shown = self.shown();
                return match shown.get(self.selected).and_then(|&i| self.choices.get(i)) {
                    Some(choice) => vec![
                        Msg::CloseOverlay,
                        Msg::Picked(self.purpose.clone(), choice.id.clone()),
                    ],
                    None => vec![Msg::Status(Status {
                        level: Level::Warning,
                        text: "nothing matches; edit what you typed, or close".to_string(),
                    })],
                };
            }
            Action::MoveDown => self.selected = (self.selected + 1).min(last),
            Action::MoveUp => self.selected = self.selected.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => {
                self.selected = (self.selected + 10).min(last)
            }
            Action::PageUp | Action::HalfPageUp => self.selected = self.selected.saturating_sub(10),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            edit if edit.edits_text() && self.input.apply(edit) => self.selected = 0,
            _ => {}
        }
        Vec::new()
    }
}
