//! Messages: what a component asks of the rest of the reader. Components never call each other;
//! their `update` returns `Vec<Msg>` and [`super::app`] routes each message (gitui's internal
//! event queue). Everything a message carries is plain data.

use crate::corpus::model::ItemRef;

use super::state::{Place, Status};

/// What a picker chooses for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// The tree's theme filter (`t`).
    ThemeFilter,
    /// The comparison's theme limit (`t` in the comparison).
    CompareTheme,
    /// Countries for a comparison: those chosen so far; `adding` a column to an open one.
    CompareCountries {
        chosen: Vec<crate::resolve::CountryId>,
        adding: bool,
    },
    /// A heading of the report being read (`o`).
    Heading,
    /// The report to compare report `from` (an index into the corpus) with (`D`).
    DiffWith { from: usize },
}

/// A request from a component to the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A line for the status bar.
    Status(Status),
    /// Close the open window (help, problems, a picker, the prompt).
    CloseOverlay,
    Quit,
    /// Put text on the clipboard.
    Copy(String),
    /// Draw the whole screen again.
    Repaint,
    /// Suspend to the shell.
    Suspend,
    /// Open the help window.
    Help,
    /// Open the problem list.
    Problems,
    /// Open a picker.
    Pick(Purpose),
    /// A picker's choice: an id (theme id, country name, section index), `None` for "every".
    Picked(Purpose, Option<String>),
    /// Show an item without recording a jump (search preview), placed as from `from`; with
    /// no item, go back to `from`.
    Preview {
        at: Option<ItemRef>,
        from: Option<Place>,
    },
    /// Go back to a place without recording a jump.
    Restore(Place),
    /// Read an item (records a jump), under `country` when given.
    OpenItem {
        at: ItemRef,
        country: Option<String>,
    },
    /// Back to the comparison waiting behind the reader.
    ComeBack,
    /// Hide the comparison while an item opened from it is read.
    HideComparison,
    /// Leave the comparison, back to where it was started.
    LeaveComparison(Place),
    /// Open the country picker to start a comparison.
    StartComparison,
    /// Open the report picker for what changed from the selected report (`D`).
    StartDiff,
    /// Read the next recommendation in the current one's history (`H`).
    History,
    /// Open the search prompt (`from_comparison`: Esc goes back to the comparison).
    Search {
        from_comparison: bool,
    },
    /// The next or previous hit of the last search.
    StepHit(isize),
    /// Open the find prompt of the reading pane (`f`).
    Find,
}
