//! Every command a user can give the reader, as one enum. The keymap maps keys to these
//! actions, [`super::update::update`] carries them out, and the help overlay lists them with
//! their descriptions, so a command's name and meaning are written in one place only.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A bindable command. The snake_case name is what `keymap.toml` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Select the next row (in the reading pane: scroll one line down).
    MoveDown,
    /// Select the previous row (in the reading pane: scroll one line up).
    MoveUp,
    /// Go deeper: country → sections → items → reading pane.
    Open,
    /// Go back to the previous pane (close an overlay).
    Back,
    /// Move focus to the next pane.
    FocusNext,
    /// Move focus to the previous pane.
    FocusPrevious,
    /// Jump to the first row (the top of the item in the reading pane).
    Top,
    /// Jump to the last row (the end of the item in the reading pane).
    Bottom,
    /// One page down.
    PageDown,
    /// One page up.
    PageUp,
    /// Half a page down.
    HalfPageDown,
    /// Half a page up.
    HalfPageUp,
    /// Read the next item of the country.
    NextItem,
    /// Read the previous item of the country.
    PreviousItem,
    /// Outline of the current report: its headings, to jump to.
    Outline,
    /// Back to the previous place visited (jump list).
    JumpBack,
    /// Forward again through the jump list.
    JumpForward,
    /// Toggle "recommendations only".
    ToggleRecommendations,
    /// Filter by theme (opens a picker).
    ThemeFilter,
    /// Remove every filter.
    ClearFilters,
    /// Copy the selected item with its citation.
    Copy,
    /// Copy the selected item's text only.
    CopyText,
    /// Search the reports.
    Search,
    /// Go to the next search hit.
    NextHit,
    /// Go to the previous search hit.
    PreviousHit,
    /// Compare countries by theme.
    Compare,
    /// Comparison: swap the focused column with the next.
    SwapColumns,
    /// Comparison: add a country (up to three).
    AddCountry,
    /// Comparison: remove the focused country (two stay).
    RemoveCountry,
    /// Comparison: show all items, shared ones only, or differences only.
    CycleShared,
    /// Comparison: go to the next theme.
    NextTheme,
    /// Comparison: go to the previous theme.
    PreviousTheme,
    /// List the problems found while loading the reports (file:line: message).
    Problems,
    /// Show the keys in force.
    Help,
    /// Close the overlay or message.
    Close,
    /// Leave steppe.
    Quit,
}

impl Action {
    /// Every bindable action, in the order the help overlay lists them.
    pub const ALL: [Action; 36] = [
        Action::MoveDown,
        Action::MoveUp,
        Action::Open,
        Action::Back,
        Action::FocusNext,
        Action::FocusPrevious,
        Action::Top,
        Action::Bottom,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::NextItem,
        Action::PreviousItem,
        Action::Outline,
        Action::JumpBack,
        Action::JumpForward,
        Action::ToggleRecommendations,
        Action::ThemeFilter,
        Action::ClearFilters,
        Action::Copy,
        Action::CopyText,
        Action::Search,
        Action::NextHit,
        Action::PreviousHit,
        Action::Compare,
        Action::SwapColumns,
        Action::AddCountry,
        Action::RemoveCountry,
        Action::CycleShared,
        Action::NextTheme,
        Action::PreviousTheme,
        Action::Problems,
        Action::Help,
        Action::Close,
        Action::Quit,
    ];

    /// The snake_case name used in `keymap.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Action::MoveDown => "move_down",
            Action::MoveUp => "move_up",
            Action::Open => "open",
            Action::Back => "back",
            Action::FocusNext => "focus_next",
            Action::FocusPrevious => "focus_previous",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::HalfPageDown => "half_page_down",
            Action::HalfPageUp => "half_page_up",
            Action::NextItem => "next_item",
            Action::PreviousItem => "previous_item",
            Action::Outline => "outline",
            Action::JumpBack => "jump_back",
            Action::JumpForward => "jump_forward",
            Action::ToggleRecommendations => "toggle_recommendations",
            Action::ThemeFilter => "theme_filter",
            Action::ClearFilters => "clear_filters",
            Action::Copy => "copy",
            Action::CopyText => "copy_text",
            Action::Search => "search",
            Action::NextHit => "next_hit",
            Action::PreviousHit => "previous_hit",
            Action::Compare => "compare",
            Action::SwapColumns => "swap_columns",
            Action::AddCountry => "add_country",
            Action::RemoveCountry => "remove_country",
            Action::CycleShared => "cycle_shared",
            Action::NextTheme => "next_theme",
            Action::PreviousTheme => "previous_theme",
            Action::Problems => "problems",
            Action::Help => "help",
            Action::Close => "close",
            Action::Quit => "quit",
        }
    }

    /// One line saying what the action does, for the help overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::MoveDown => "next row (reading pane: scroll down)",
            Action::MoveUp => "previous row (reading pane: scroll up)",
            Action::Open => "go deeper: country → sections → items → reading pane",
            Action::Back => "back to the previous pane",
            Action::FocusNext => "focus the next pane",
            Action::FocusPrevious => "focus the previous pane",
            Action::Top => "first row / top of the item",
            Action::Bottom => "last row / end of the item",
            Action::PageDown => "one page down",
            Action::PageUp => "one page up",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::NextItem => "read the next item",
            Action::PreviousItem => "read the previous item",
            Action::Outline => "outline of the report (jump to a heading)",
            Action::JumpBack => "back to the previous place visited",
            Action::JumpForward => "forward through the places visited",
            Action::ToggleRecommendations => "toggle recommendations only",
            Action::ThemeFilter => "filter by theme",
            Action::ClearFilters => "remove every filter",
            Action::Copy => "copy the item with its citation",
            Action::CopyText => "copy the item's text only",
            Action::Search => "search the reports",
            Action::NextHit => "next search hit",
            Action::PreviousHit => "previous search hit",
            Action::Compare => "compare countries by theme",
            Action::SwapColumns => "swap the focused column with the next",
            Action::AddCountry => "add a country (up to three)",
            Action::RemoveCountry => "remove the focused country",
            Action::CycleShared => "show all / shared (≈) only / differences only",
            Action::NextTheme => "next theme",
            Action::PreviousTheme => "previous theme",
            Action::Problems => "list the problems found loading the reports",
            Action::Help => "show this help",
            Action::Close => "close the overlay or message",
            Action::Quit => "quit steppe",
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
            Action::Outline | Action::JumpBack | Action::JumpForward => return None,
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
        for action in Action::ALL {
            let json = serde_json::to_string(&action).unwrap();
            assert_eq!(json, format!("\"{}\"", action.name()));
            assert_eq!(action.name().parse::<Action>(), Ok(action));
            assert!(!action.description().is_empty());
        }
        assert!("fly".parse::<Action>().is_err());
    }
}
