//! Helpers for the UI tests that run the reader into ratatui's `TestBackend`: the screen as
//! text (wide characters counted once), and key names for typing text.

#![allow(dead_code)] // each test file uses a different part

use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// The screen, one string per row.
pub fn lines(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            let mut line = String::new();
            let mut x = 0;
            while x < buffer.area.width {
                let cell = &buffer[(x, y)];
                line.push_str(cell.symbol());
                x += unicode_width::UnicodeWidthStr::width(cell.symbol()).max(1) as u16;
            }
            line
        })
        .collect()
}

/// The screen as one string, rows ending in newlines.
pub fn text(terminal: &Terminal<TestBackend>) -> String {
    lines(terminal).into_iter().map(|l| l + "\n").collect()
}

/// Key names for typing `text` ("ngo tax" → "n g o space t a x").
pub fn typed(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c == ' ' {
                "space".to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
