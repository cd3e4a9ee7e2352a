//! The ASCII fallback for terminals that cannot show UTF-8 (`TERM=dumb`, a `C`/POSIX locale, or
//! `--ascii`): every frame is mapped to ASCII after it is drawn and before it is sent, so no view
//! needs a second set of symbols and nothing outside ASCII can slip through. Box drawing becomes
//! `+`, `-` and `|` (`=` for the thick lines of the focused pane); markers and arrows get ASCII stand-ins; accented letters lose their accents;
//! anything else becomes `?`.

use ratatui::buffer::Buffer;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Whether the environment asks for ASCII: `TERM=dumb`, or a locale (the first of `LC_ALL`,
/// `LC_CTYPE`, `LANG` that is set) that is not UTF-8. With none of them set the terminal is
/// taken to be UTF-8 (SSH often does not forward the locale).
pub fn wanted(
    term: Option<&str>,
    lc_all: Option<&str>,
    lc_ctype: Option<&str>,
    lang: Option<&str>,
) -> bool {
    if term == Some("dumb") {
        return true;
    }
    let locale = [lc_all, lc_ctype, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty());
    match locale {
        Some(locale) => {
            let l = locale.to_ascii_lowercase();
            !(l.contains("utf-8") || l.contains("utf8"))
        }
        None => false,
    }
}

/// [`wanted`] for this process's environment.
pub fn wanted_here() -> bool {
    let var = |name: &str| std::env::var(name).ok();
    wanted(
        var("TERM").as_deref(),
        var("LC_ALL").as_deref(),
        var("LC_CTYPE").as_deref(),
        var("LANG").as_deref(),
    )
}

/// The ASCII stand-in for one cell's symbol.
pub fn symbol(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mapped = match s {
        // A focused pane and a pop-up are drawn with thick lines: `=` keeps them apart from the
        // thin `-` of the other panes, which a terminal without bold would show alike.
        "━" | "═" => "=",
        "─" | "╌" | "┄" => "-",
        "│" | "┃" | "║" | "╎" | "┆" => "|",
        "┌" | "┐" | "└" | "┘" | "┏" | "┓" | "┗" | "┛" | "╭" | "╮" | "╰" | "╯" | "├" | "┤" | "┬"
        | "┴" | "┼" | "┣" | "┫" | "╔" | "╗" | "╚" | "╝" => "+",
        "●" | "•" => "*",
        "¶" => "#",
        "–" | "—" | "‒" | "―" => "-",
        "…" => ".",
        "≈" => "~",
        "▌" | "▸" | "›" | "→" | "▶" => ">",
        "◂" | "‹" | "←" => "<",
        "↓" => "v",
        "↑" => "^",
        "↵" => "<",
        "⌫" => "<",
        "·" => ".",
        "▏" => "|",
        "“" | "”" | "„" | "«" | "»" => "\"",
        "‘" | "’" | "‚" => "'",
        "×" => "x",
        "\u{a0}" | "\u{2009}" | "\u{202f}" => " ",
        _ => "",
    };
    if !mapped.is_empty() {
        return mapped.to_string();
    }
    // Letters with accents keep their base letter.
    let base: String = s
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .filter(char::is_ascii)
        .collect();
    if base.is_empty() {
        "?".to_string()
    } else {
        base
    }
}

/// Maps every cell of a drawn frame to ASCII.
pub fn asciify(buffer: &mut Buffer) {
    for cell in buffer.content.iter_mut() {
        let s = cell.symbol();
        if !s.is_ascii() {
            let ascii = symbol(s);
            cell.set_symbol(&ascii);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dumb_terminals_and_c_locales_want_ascii() {
        assert!(wanted(Some("dumb"), None, None, Some("en_GB.UTF-8")));
        assert!(wanted(Some("xterm"), None, None, Some("C")));
        assert!(wanted(Some("xterm"), Some("C"), None, Some("en_GB.UTF-8")));
        assert!(wanted(Some("xterm"), Some("POSIX"), None, None));
        assert!(!wanted(Some("xterm"), None, None, Some("en_US.utf8")));
        assert!(!wanted(Some("xterm-256color"), None, None, None));
        // LC_ALL wins over LANG.
        assert!(!wanted(Some("xterm"), Some("de_DE.UTF-8"), None, Some("C")));
    }

    #[test]
    fn symbols_become_ascii() {
        for (from, to) in [
            ("┏", "+"),
            ("━", "="),
            ("─", "-"),
            ("┃", "|"),
            ("●", "*"),
            ("…", "."),
            ("≈", "~"),
            ("é", "e"),
            ("Қ", "?"),
            ("漢", "?"),
        ] {
            assert_eq!(symbol(from), to, "{from}");
        }
    }
}
