//! The full-screen reader: events → keymap → the focused component's `update` → messages →
//! [`app`] routes them → [`view`] draws. [`run`] is the loop; it is generic over the ratatui
//! backend and takes its events from a [`Host`], so tests drive it with `TestBackend` and a
//! scripted list of events, and the binary with a real terminal ([`terminal`]).

pub mod action;
pub mod app;
pub mod ascii;
pub mod components;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod loading;
pub mod msg;
pub mod session;
pub mod state;
pub mod style;
pub mod terminal;
pub mod view;

/// The comparison component, under the name it had before the components.
pub use components::compare;
/// The prompt component, under the name it had before the components.
pub use components::prompt as search;

use std::collections::VecDeque;
use std::io;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::Backend;
use ratatui::layout::Rect;
use ratatui::Terminal;

pub use action::Action;
pub use keymap::{Key, Keymap, KeymapError};
pub use state::{AppState, Effect, Focus, Level, Overlay, Status};
pub use style::{ColorScheme, Palette};

/// What the loop needs from the outside world besides drawing.
pub trait Host {
    /// The next event; `None` ends the loop (end of a script, or a signal).
    fn next_event(&mut self) -> io::Result<Option<Event>>;
    /// Puts text on the clipboard; returns what happened, for the status bar ("sent to the
    /// terminal's clipboard", "appended to FILE"). Must not block.
    fn copy(&mut self, text: &str) -> io::Result<String>;
    /// Gives the terminal back to the shell and stops until resumed (`fg`); the loop then
    /// draws everything again.
    fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }
    /// True once after something outside the reader disturbed the screen (the process was
    /// stopped and continued): the loop draws everything again.
    fn take_repaint(&mut self) -> bool {
        false
    }
    /// Told each time the whole screen is drawn again (ctrl-l, after a resume).
    fn repainted(&mut self) {}
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
    let other = |e: B::Error| io::Error::other(e.to_string());
    loop {
        app::poll(state);
        let size = terminal.size().map_err(other)?;
        let area = Rect::new(0, 0, size.width, size.height);
        if area != state.size {
            state.size = area;
            app::handle_event(state, &Event::Resize(size.width, size.height));
        }
        if host.take_repaint() {
            terminal.clear().map_err(other)?;
            host.repainted();
        }
        host.begin_frame()?;
        let drawn = terminal.draw(|frame| {
            view::draw(frame, state);
            if state.palette.ascii {
                ascii::asciify(frame.buffer_mut());
            }
        });
        host.end_frame()?;
        drawn.map_err(|e| io::Error::other(e.to_string()))?;
        app::after_frame(state);
        if state.quit {
            return Ok(());
        }
        let Some(event) = host.next_event()? else {
            return Ok(());
        };
        if let Event::Resize(..) = event {
            terminal.autoresize().map_err(other)?;
        }
        app::handle_event(state, &event);
        for effect in std::mem::take(&mut state.effects) {
            match effect {
                Effect::Copy { text } => {
                    let chars = text.chars().count();
                    state.status = Some(match host.copy(&text) {
                        Ok(how) => Status {
                            level: Level::Info,
                            text: format!("{chars} characters {how}"),
                        },
                        Err(err) => Status {
                            level: Level::Warning,
                            text: format!("cannot copy: {err}"),
                        },
                    });
                }
                Effect::Repaint => {
                    terminal.clear().map_err(other)?;
                    host.repainted();
                }
                Effect::Suspend => {
                    host.suspend()?;
                    terminal.clear().map_err(other)?;
                    host.repainted();
                }
            }
        }
    }
}

/// A host that plays back a list of events and records what was copied, how often it was
/// suspended and how often the screen was drawn afresh (tests, benchmarks).
#[derive(Debug, Default)]
pub struct ScriptedHost {
    pub events: VecDeque<Event>,
    pub copied: Vec<String>,
    pub suspended: usize,
    pub repainted: usize,
}

impl ScriptedHost {
    /// Events from key names separated by spaces: `"j j enter ? esc"`.
    pub fn keys(keys: &str) -> Self {
        ScriptedHost {
            events: keys.split_whitespace().map(key_event).collect(),
            ..ScriptedHost::default()
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
        Ok("copied to the test clipboard".to_string())
    }

    fn suspend(&mut self) -> io::Result<()> {
        self.suspended += 1;
        Ok(())
    }

    fn repainted(&mut self) {
        self.repainted += 1;
    }
}
