//! Colour schemes (`--colors`). Every scheme keeps the selection visible without colour (reverse
//! video and a `▌` marker), so `--no-color` / `NO_COLOR` stay fully usable. (A *theme* in steppe
//! is a topic such as "torture"; colours are a scheme, so the two never share a name.)

use ratatui::style::{Color, Modifier, Style};

/// A named colour scheme (`--colors`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorScheme {
    /// Terminal default colours plus a few accents readable on dark and light backgrounds.
    #[default]
    Default,
    Dark,
    Light,
    HighContrast,
    /// No colour at all.
    Mono,
}

/// The styles the views use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub text: Style,
    pub dim: Style,
    pub header: Style,
    pub recommendation: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub warning: Style,
    pub status: Style,
    pub key: Style,
    /// Draw with ASCII only (TERM=dumb, a non-UTF-8 locale, `--ascii`): every frame is mapped
    /// to ASCII before it is sent.
    pub ascii: bool,
}

impl Palette {
    pub fn new(name: ColorScheme) -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        let mono = Palette {
            text: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM),
            header: bold.add_modifier(Modifier::UNDERLINED),
            recommendation: bold,
            selected: reversed,
            selected_unfocused: Style::new().add_modifier(Modifier::UNDERLINED),
            border: Style::new(),
            border_focused: bold,
            title: bold,
            warning: bold,
            status: reversed,
            key: bold,
            ascii: false,
        };
        match name {
            ColorScheme::Mono => mono,
            ColorScheme::Default => Palette {
                header: bold.fg(Color::Magenta),
                recommendation: bold.fg(Color::Green),
                border_focused: bold.fg(Color::Cyan),
                title: bold.fg(Color::Cyan),
                warning: bold.fg(Color::Red),
                key: bold.fg(Color::Cyan),
                ascii: false,
                dim: Style::new().fg(Color::DarkGray),
                ..mono
            },
            ColorScheme::Dark => Palette {
                text: Style::new().fg(Color::Gray),
                header: bold.fg(Color::LightMagenta),
                recommendation: bold.fg(Color::LightGreen),
                selected: Style::new()
                    .bg(Color::Blue)
                    .fg(Color::White)
                    .add_modifier(Modifier::BOLD),
                selected_unfocused: Style::new().bg(Color::DarkGray).fg(Color::White),
                border: Style::new().fg(Color::DarkGray),
                border_focused: bold.fg(Color::LightCyan),
                title: bold.fg(Color::LightCyan),
                warning: bold.fg(Color::LightRed),
                status: Style::new().bg(Color::DarkGray).fg(Color::White),
                key: bold.fg(Color::LightCyan),
                ascii: false,
                dim: Style::new().fg(Color::DarkGray),
            },
            // 256-colour indexes rather than RGB: terminals (and tmux setups) without 24-bit
            // colour show them as meant; 28 dark green, 153 pale blue, 254 light grey, 242 grey.
            ColorScheme::Light => Palette {
                text: Style::new().fg(Color::Black),
                header: bold.fg(Color::Magenta),
                recommendation: bold.fg(Color::Indexed(28)),
                selected: Style::new().bg(Color::Indexed(153)).fg(Color::Black),
                selected_unfocused: Style::new().bg(Color::Indexed(254)).fg(Color::Black),
                // 242: a mid grey that stays visible on white (colour 7 nearly vanishes).
                border: Style::new().fg(Color::Indexed(242)),
                border_focused: bold.fg(Color::Blue),
                title: bold.fg(Color::Blue),
                warning: bold.fg(Color::Red),
                status: Style::new().bg(Color::Indexed(254)).fg(Color::Black),
                key: bold.fg(Color::Blue),
                ascii: false,
                dim: Style::new().fg(Color::Indexed(242)),
            },
            ColorScheme::HighContrast => Palette {
                text: Style::new().fg(Color::White).bg(Color::Black),
                header: bold.fg(Color::Yellow).bg(Color::Black),
                recommendation: bold.fg(Color::LightGreen).bg(Color::Black),
                selected: Style::new()
                    .bg(Color::Yellow)
                    .fg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                selected_unfocused: Style::new().bg(Color::White).fg(Color::Black),
                border: Style::new().fg(Color::White).bg(Color::Black),
                border_focused: bold.fg(Color::Yellow).bg(Color::Black),
                title: bold.fg(Color::Yellow).bg(Color::Black),
                warning: bold.fg(Color::Black).bg(Color::Yellow),
                status: Style::new().bg(Color::White).fg(Color::Black),
                key: bold.fg(Color::Yellow).bg(Color::Black),
                ascii: false,
                dim: Style::new().fg(Color::White).bg(Color::Black),
            },
        }
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette::new(ColorScheme::Default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_light_scheme_draws_borders_visible_on_white() {
        let p = Palette::new(ColorScheme::Light);
        for style in [p.border, p.dim, p.text, p.title, p.border_focused] {
            let fg = style.fg.expect("a colour");
            assert!(
                !matches!(
                    fg,
                    Color::Gray | Color::White | Color::Indexed(7) | Color::Indexed(15)
                ),
                "{fg:?} is nearly invisible on white"
            );
        }
    }

    #[test]
    fn no_scheme_needs_24_bit_colour() {
        for name in [
            ColorScheme::Default,
            ColorScheme::Dark,
            ColorScheme::Light,
            ColorScheme::HighContrast,
            ColorScheme::Mono,
        ] {
            let p = Palette::new(name);
            let styles = [
                p.text,
                p.dim,
                p.header,
                p.recommendation,
                p.selected,
                p.selected_unfocused,
                p.border,
                p.border_focused,
                p.title,
                p.warning,
                p.status,
                p.key,
            ];
            for style in styles {
                for colour in [style.fg, style.bg].into_iter().flatten() {
                    assert!(
                        !matches!(colour, Color::Rgb(..)),
                        "{name:?} uses {colour:?}"
                    );
                }
            }
        }
    }
}
