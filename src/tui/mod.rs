//! The full-screen reader: `state → update(Action) → view`. [`run`] is the loop; it is generic
//! over the ratatui backend and takes its events from a [`Host`], so tests drive it with
//! `TestBackend` and a scripted list of events, and the binary with a real terminal
//! ([`terminal`]).

pub mod action;
pub mod compare;
pub mod keymap;
pub mod layout;
pub mod search;
pub mod state;
pub mod style;
pub mod terminal;
pub mod update;
pub mod view;

use std::collections::VecDeque;
use std::io;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::Backend;
use ratatui::layout::Rect;
use ratatui::Terminal;

pub use action::Action;
pub use keymap::{Key, Keymap, KeymapError};
pub use state::{AppState, Effect, Focus, Level, Overlay, Status};
pub use style::{Palette, ThemeName};

/// What the loop needs from the outside world besides drawing.
pub trait Host {
    /// The next event; `None` ends the loop (end of a script, or a signal).
    fn next_event(&mut self) -> io::Result<Option<Event>>;
    /// Puts text on the clipboard; returns how, for the status bar ("OSC 52", a file name).
    fn copy(&mut self, text: &str) -> io::Result<String>;
    /// Called before and after each frame (synchronized output markers on real terminals).
    fn begin_frame(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn end_frame(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Runs the reader until the user quits or the host has no more events.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut AppState,
    host: &mut dyn Host,
) -> io::Result<()> {
    loop {
        search::poll(state);
        compare::poll(state);
        let size = terminal
            .size()
            .map_err(|e| io::Error::other(e.to_string()))?;
        let area = Rect::new(0, 0, size.width, size.height);
        if area != state.size {
            state.size = area;
            update::fix_offsets(state);
            compare::settle(state);
        }
        host.begin_frame()?;
        let drawn = terminal.draw(|frame| view::draw(frame, state));
        host.end_frame()?;
        drawn.map_err(|e| io::Error::other(e.to_string()))?;
        if state.quit {
            return Ok(());
        }
        let Some(event) = host.next_event()? else {
            return Ok(());
        };
        if let Event::Resize(..) = event {
            terminal
                .autoresize()
                .map_err(|e| io::Error::other(e.to_string()))?;
        }
        update::handle_event(state, &event);
        for effect in std::mem::take(&mut state.effects) {
            match effect {
                Effect::Copy { text } => {
                    let chars = text.chars().count();
                    state.status = Some(match host.copy(&text) {
                        Ok(how) => Status {
                            level: Level::Info,
                            text: format!("copied {chars} characters ({how})"),
                        },
                        Err(err) => Status {
                            level: Level::Warning,
                            text: format!("cannot copy: {err}"),
                        },
                    });
                }
            }
        }
    }
}

/// A host that plays back a list of events and records what was copied (tests, benchmarks).
#[derive(Debug, Default)]
pub struct ScriptedHost {
    pub events: VecDeque<Event>,
    pub copied: Vec<String>,
}

impl ScriptedHost {
    /// Events from key names separated by spaces: `"j j enter ? esc"`.
    pub fn keys(keys: &str) -> Self {
        ScriptedHost {
            events: keys.split_whitespace().map(key_event).collect(),
            copied: Vec::new(),
        }
    }
}

/// A key press event for a key name (`"j"`, `"enter"`, `"ctrl-d"`); an unknown name gives F(24),
/// which nothing binds.
pub fn key_event(name: &str) -> Event {
    let key: Key = name.parse().unwrap_or(Key::plain(KeyCode::F(24)));
    let modifiers = key.modifiers
        | match key.code {
            KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
            _ => KeyModifiers::NONE,
        };
    Event::Key(KeyEvent::new(key.code, modifiers))
}

impl Host for ScriptedHost {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        Ok(self.events.pop_front())
    }

    fn copy(&mut self, text: &str) -> io::Result<String> {
        self.copied.push(text.to_string());
        Ok("test clipboard".to_string())
    }
}
