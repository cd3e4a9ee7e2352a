//! One line of editable text with a cursor: the search prompt, the pickers and find-in-item all
//! use it. Typed characters are inserted; everything else is an [`Action`] from the `[prompt]`
//! keymap context (cursor and word motions, ctrl-w/u/k, home/end), so editing obeys
//! `keymap.toml` like every other key. The cursor is a byte offset on a character boundary.

use super::action::Action;

/// Longest text an input takes (a paste beyond it is cut, with a message).
pub const MAX_INPUT: usize = 256;

/// An editable line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Byte offset of the cursor in `text`.
    cursor: usize,
}

impl TextInput {
    /// An input holding `text`, the cursor at its end.
    pub fn with_text(text: &str) -> Self {
        let mut input = TextInput::default();
        input.set(text);
        input
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor's byte offset.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Replaces the text (cut to [`MAX_INPUT`] characters); the cursor goes to the end.
    pub fn set(&mut self, text: &str) {
        self.text = text.chars().take(MAX_INPUT).collect();
        self.cursor = self.text.len();
    }

    pub fn clear(&mut self) {
        self.set("");
    }

    /// Inserts text at the cursor: control characters become spaces (a pasted newline or tab
    /// never acts), and the input never grows beyond [`MAX_INPUT`] characters. Returns how many
    /// characters were left out.
    pub fn insert(&mut self, text: &str) -> usize {
        let room = MAX_INPUT.saturating_sub(self.text.chars().count());
        let clean = crate::text::sanitize(text);
        let total = clean.chars().count();
        let kept: String = clean.chars().take(room).collect();
        self.text.insert_str(self.cursor, &kept);
        self.cursor += kept.len();
        total - kept.chars().count()
    }

    /// Carries out an editing action; true when the text changed.
    pub fn apply(&mut self, action: Action) -> bool {
        let before = self.text.len();
        match action {
            Action::CursorLeft => self.cursor = self.previous_boundary(self.cursor),
            Action::CursorRight => self.cursor = self.next_boundary(self.cursor),
            Action::WordLeft => self.cursor = self.word_start(self.cursor),
            Action::WordRight => self.cursor = self.word_end(self.cursor),
            Action::LineStart => self.cursor = 0,
            Action::LineEnd => self.cursor = self.text.len(),
            Action::DeleteBack => {
                let start = self.previous_boundary(self.cursor);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::DeleteForward => {
                let end = self.next_boundary(self.cursor);
                self.text.replace_range(self.cursor..end, "");
            }
            Action::DeleteWordBack => {
                let start = self.word_start(self.cursor);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::DeleteToStart => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Action::DeleteToEnd => self.text.truncate(self.cursor),
            _ => return false,
        }
        self.text.len() != before
    }

    fn previous_boundary(&self, at: usize) -> usize {
        self.text[..at]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self, at: usize) -> usize {
        self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8())
    }

    /// Start of the word before `at` (spaces before the cursor skipped first).
    fn word_start(&self, at: usize) -> usize {
        let before = &self.text[..at];
        let trimmed = before.trim_end();
        trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8())
    }

    /// End of the word after `at` (spaces after the cursor skipped first).
    fn word_end(&self, at: usize) -> usize {
        let after = &self.text[at..];
        let skipped = after.len() - after.trim_start().len();
        let rest = &after[skipped..];
        at + skipped
            + rest
                .char_indices()
                .find(|(_, c)| c.is_whitespace())
                .map_or(rest.len(), |(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_and_word_motions_edit_in_the_middle() {
        let mut input = TextInput::with_text("tax @kaz");
        assert!(!input.apply(Action::CursorLeft));
        input.apply(Action::WordLeft);
        assert_eq!(input.cursor(), 4);
        input.insert("!rec ");
        assert_eq!(input.text(), "tax !rec @kaz");
        input.apply(Action::LineStart);
        input.apply(Action::WordRight);
        assert_eq!(input.cursor(), 3);
        assert!(input.apply(Action::DeleteWordBack));
        assert_eq!(input.text(), " !rec @kaz");
        input.apply(Action::LineEnd);
        input.apply(Action::DeleteBack);
        assert_eq!(input.text(), " !rec @ka");
        input.apply(Action::LineStart);
        input.apply(Action::DeleteForward);
        assert_eq!(input.text(), "!rec @ka");
        input.apply(Action::WordRight);
        input.apply(Action::DeleteToStart);
        assert_eq!(input.text(), " @ka");
        input.apply(Action::DeleteToEnd);
        assert_eq!(input.text(), "");
    }

    #[test]
    fn multibyte_characters_move_as_one() {
        let mut input = TextInput::with_text("Қазақ");
        input.apply(Action::CursorLeft);
        input.apply(Action::DeleteBack);
        assert_eq!(input.text(), "Қазқ");
        input.apply(Action::CursorRight);
        input.apply(Action::CursorRight);
        assert_eq!(input.cursor(), input.text().len());
    }

    #[test]
    fn pastes_are_cleaned_and_capped() {
        let mut input = TextInput::default();
        let left_out = input.insert("q\nctrl\x03\x1b[31m");
        assert_eq!(left_out, 0);
        assert!(
            !input.text().contains(['\n', '\x03', '\x1b']),
            "{:?}",
            input.text()
        );
        let left_out = input.insert(&"x".repeat(1000));
        assert_eq!(input.text().chars().count(), MAX_INPUT);
        assert!(left_out > 700);
    }
}
