//! Word wrapping by display width (curly quotes, dashes, Cyrillic and wide characters measured
//! with `unicode-width`), so the reader knows exactly how many lines an item takes and borders
//! never break.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width of a string in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Wraps text into lines of at most `max` cells, breaking at spaces; words longer than a line
/// are split. Always returns at least one line.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = width(word);
        if line_width > 0 && line_width + 1 + w <= max {
            line.push(' ');
            line.push_str(word);
            line_width += 1 + w;
            continue;
        }
        if line_width > 0 {
            lines.push(std::mem::take(&mut line));
            line_width = 0;
        }
        if w <= max {
            line.push_str(word);
            line_width = w;
            continue;
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if line_width + cw > max && line_width > 0 {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            line.push(c);
            line_width += cw;
        }
    }
    if line_width > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cuts a string to at most `max` cells, ending with `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > max {
            break;
        }
        out.push(c);
        used += cw;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_display_width() {
        let lines = wrap("“Иностранные агенты” law — repeal it now", 12);
        for line in &lines {
            assert!(width(line) <= 12, "{line:?}");
        }
        assert_eq!(lines.join(" "), "“Иностранные агенты” law — repeal it now");
        let wide = wrap("漢字漢字漢字", 5);
        assert_eq!(wide, ["漢字", "漢字", "漢字"]);
        assert_eq!(wrap("", 10), [""]);
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("Tajikistan", 20), "Tajikistan");
        assert_eq!(truncate("Tajikistan", 5), "Taji…");
        assert_eq!(width(&truncate("漢字漢字", 5)), 5);
    }
}
