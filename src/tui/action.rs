//! Every command a user can give the reader, as one enum defined by one macro list (name and
//! description). The keymap maps keys to these actions (default keys: the repository's
//! `keymap.toml`, embedded), the app routes them to the focused component, and the help overlay
//! lists them with their descriptions, so a command's name and meaning are written once.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Defines [`Action`] once: each variant with its `keymap.toml` name and its help line. The
/// enum, [`Action::ALL`], [`Action::name`] and [`Action::description`] all come from this one
/// list, so adding a command is one line here plus its default keys in `keymap.toml`.
macro_rules! actions {
    ($( $variant:ident = $name:literal : $description:literal, )*) => {
        /// A bindable command. The snake_case name is what `keymap.toml` uses.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Action {
            $( #[doc = $description] $variant, )*
        }

        impl Action {
            /// Every bindable action, in the order the help overlay lists them.
            pub const ALL: &'static [Action] = &[$(Action::$variant),*];

            /// The snake_case name used in `keymap.toml`.
            pub fn name(self) -> &'static str {
                match self {
                    $( Action::$variant => $name, )*
                }
            }

            /// One line saying what the action does, for the help overlay.
            pub fn description(self) -> &'static str {
                match self {
                    $( Action::$variant => $description, )*
                }
            }
        }
    };
}

actions! {
    MoveDown = "move_down": "next row (reading pane: scroll down)",
    MoveUp = "move_up": "previous row (reading pane: scroll up)",
    Open = "open": "go deeper: country → sections → items → reading pane",
    Back = "back": "back to the previous pane",
    FocusNext = "focus_next": "focus the next pane",
    FocusPrevious = "focus_previous": "focus the previous pane",
    Top = "top": "first row / top of the item",
    Bottom = "bottom": "last row / end of the item",
    PageDown = "page_down": "one page down",
    PageUp = "page_up": "one page up",
    HalfPageDown = "half_page_down": "half a page down",
    HalfPageUp = "half_page_up": "half a page up",
    NextItem = "next_item": "read the next item",
    PreviousItem = "previous_item": "read the previous item",
    Outline = "outline": "outline of the report (jump to a heading)",
    JumpBack = "jump_back": "back to the previous place visited",
    JumpForward = "jump_forward": "forward through the places visited",
    ToggleRecommendations = "toggle_recommendations": "toggle recommendations only",
    ThemeFilter = "theme_filter": "filter by theme",
    ClearFilters = "clear_filters": "remove every filter",
    Copy = "copy": "copy the item with its citation",
    CopyText = "copy_text": "copy the item's text only",
    Search = "search": "search the reports",
    NextHit = "next_hit": "next search hit (or next match of a find in the item)",
    PreviousHit = "previous_hit": "previous search hit (or previous match in the item)",
    Find = "find": "find words in the item being read (n/N: next/previous match)",
    Compare = "compare": "compare countries by theme",
    Diff = "diff": "what changed from this report to another one (carried over, reworded, new, dropped)",
    History = "history": "read this recommendation in another report (newest first; again: the next)",
    SwapColumns = "swap_columns": "swap the focused column with the next",
    AddCountry = "add_country": "add a country (up to three)",
    RemoveCountry = "remove_country": "remove the focused country",
    CycleShared = "cycle_shared": "show all / shared (≈) only / differences only",
    NextTheme = "next_theme": "next theme",
    PreviousTheme = "previous_theme": "previous theme",
    Problems = "problems": "list the problems found loading the reports",
    Help = "help": "show this help",
    Repaint = "repaint": "draw the whole screen again (after noise on a slow link)",
    Suspend = "suspend": "suspend steppe to the shell (fg comes back)",
    Close = "close": "close the overlay or message (in the prompt: cancel)",
    Quit = "quit": "quit steppe",
    CursorLeft = "cursor_left": "prompt: cursor one character left",
    CursorRight = "cursor_right": "prompt: cursor one character right",
    WordLeft = "word_left": "prompt: cursor to the start of the word",
    WordRight = "word_right": "prompt: cursor past the end of the word",
    LineStart = "line_start": "prompt: cursor to the start",
    LineEnd = "line_end": "prompt: cursor to the end",
    DeleteBack = "delete_back": "prompt: delete the character before the cursor",
    DeleteForward = "delete_forward": "prompt: delete the character under the cursor",
    DeleteWordBack = "delete_word_back": "prompt: delete the word before the cursor",
    DeleteToStart = "delete_to_start": "prompt: delete everything before the cursor",
    DeleteToEnd = "delete_to_end": "prompt: delete everything after the cursor",
}

impl Action {
    /// Actions that edit a text input: bound in the `[prompt]` context, used by the search
    /// prompt, the pickers and find-in-item.
    pub fn edits_text(self) -> bool {
        matches!(
            self,
            Action::CursorLeft
                | Action::CursorRight
                | Action::WordLeft
                | Action::WordRight
                | Action::LineStart
                | Action::LineEnd
                | Action::DeleteBack
                | Action::DeleteForward
                | Action::DeleteWordBack
                | Action::DeleteToStart
                | Action::DeleteToEnd
        )
    }

    /// What the action does while typing in a prompt (search, pickers, find), where the
    /// moving keys walk the hits and "open" runs what was typed.
    pub fn description_in_prompt(self) -> &'static str {
        match self {
            Action::Open => "go to the hit, or run what was typed",
            Action::Close => "cancel: back to where you were",
            Action::MoveDown => "next hit",
            Action::MoveUp => "previous hit (on an empty prompt: an earlier query)",
            Action::PageDown => "hits a page down",
            Action::PageUp => "hits a page up",
            other => other.description(),
        }
    }

    /// What the action does in the comparison view, where some keys mean something else
    /// (columns instead of panes); `None` for actions the comparison does not carry out.
    pub fn description_in_comparison(self) -> Option<&'static str> {
        Some(match self {
            Action::MoveDown => "next item (down the column, on into the next theme)",
            Action::MoveUp => "previous item",
            Action::Open => "read the focused item (esc comes back)",
            Action::Back | Action::Close => "leave the comparison",
            Action::FocusNext => "next column (country)",
            Action::FocusPrevious => "previous column (country)",
            Action::Top => "first item",
            Action::Bottom => "last item",
            Action::NextItem | Action::NextTheme => "next theme",
            Action::PreviousItem | Action::PreviousTheme => "previous theme",
            Action::ToggleRecommendations => "recommendations only / every item",
            Action::ThemeFilter => "limit to one theme (counts per country)",
            Action::ClearFilters => "every theme, every item",
            Action::Search => "search the reports (esc comes back)",
            Action::Compare => "compare other countries",
            Action::Outline | Action::JumpBack | Action::JumpForward | Action::Find => return None,
            other if other.edits_text() => return None,
            other => other.description(),
        })
    }

    /// Every valid name, comma-separated (for error messages).
    pub fn valid_names() -> String {
        Action::ALL
            .iter()
            .map(|a| a.name())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An action name that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown action {0:?}")]
pub struct UnknownAction(pub String);

impl FromStr for Action {
    type Err = UnknownAction;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Action::ALL
            .iter()
            .copied()
            .find(|a| a.name() == s)
            .ok_or_else(|| UnknownAction(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_serde_and_parse_back() {
        for &action in Action::ALL {
            let json = serde_json::to_string(&action).unwrap();
            assert_eq!(json, format!("\"{}\"", action.name()));
            assert_eq!(action.name().parse::<Action>(), Ok(action));
            assert!(!action.description().is_empty());
        }
        assert!("fly".parse::<Action>().is_err());
    }
}
