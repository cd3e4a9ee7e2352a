//! Keys and the keymap. The repository's `keymap.toml` is the default and is embedded in the
//! binary; a user file is merged over it key by key. Key lookup is a pure function, so it is
//! tested without a terminal. Every problem in a keymap file is an error naming the file, the
//! line and the valid names; nothing is silently ignored.

use std::fmt;
use std::str::FromStr;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;
use toml::Spanned;

use super::action::Action;

/// The default keymap (the repository's top-level `keymap.toml`).
pub const DEFAULT_KEYMAP: &str = include_str!("../../keymap.toml");
/// Name shown for the default keymap in messages.
pub const DEFAULT_KEYMAP_NAME: &str = "keymap.toml (built in)";

/// One key with its modifiers. Characters carry their case (`G`), so shift is only kept for
/// named keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

/// Key names accepted besides single characters.
pub const KEY_NAMES: &str = "enter, esc, tab, backtab, backspace, space, up, down, left, right, \
home, end, pageup, pagedown, delete, insert, f1…f12 (with ctrl-, alt-, shift- prefixes)";

impl Key {
    /// A plain key without modifiers.
    pub fn plain(code: KeyCode) -> Self {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    /// The key of a terminal key event, normalised the way key names are parsed.
    pub fn from_event(event: &KeyEvent) -> Self {
        Key::normalised(event.code, event.modifiers)
    }

    fn normalised(code: KeyCode, modifiers: KeyModifiers) -> Self {
        let mut modifiers =
            modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::SHIFT) => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
            }
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            KeyCode::BackTab => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Key { code, modifiers }
    }

    /// A short form for the hint line (`↵`, `⌫`, `^d`).
    pub fn short(&self) -> String {
        let base = match self.code {
            KeyCode::Enter => "↵".to_string(),
            KeyCode::Backspace => "⌫".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            _ => return self.to_string(),
        };
        if self.modifiers.is_empty() {
            base
        } else {
            self.to_string()
        }
    }
}

/// A key name that cannot be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown key {0:?} (valid: a single character or {KEY_NAMES})")]
pub struct BadKey(pub String);

impl FromStr for Key {
    type Err = BadKey;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadKey(s.to_string());
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix, flag) = if lower.starts_with("ctrl-") {
                ("ctrl-", KeyModifiers::CONTROL)
            } else if lower.starts_with("alt-") {
                ("alt-", KeyModifiers::ALT)
            } else if lower.starts_with("shift-") {
                ("shift-", KeyModifiers::SHIFT)
            } else {
                break;
            };
            if rest.len() == prefix.len() {
                return Err(bad());
            }
            modifiers |= flag;
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() && c != ' ' => KeyCode::Char(c),
            (Some(_), Some(_)) => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "space" => KeyCode::Char(' '),
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" => KeyCode::PageUp,
                "pagedown" => KeyCode::PageDown,
                "delete" | "del" => KeyCode::Delete,
                "insert" => KeyCode::Insert,
                name => match name.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    Some(n @ 1..=12) => KeyCode::F(n),
                    _ => return Err(bad()),
                },
            },
            _ => return Err(bad()),
        };
        Ok(Key::normalised(code, modifiers))
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("alt-")?;
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            f.write_str("shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("enter"),
            KeyCode::Esc => f.write_str("esc"),
            KeyCode::Tab => f.write_str("tab"),
            KeyCode::BackTab => f.write_str("shift-tab"),
            KeyCode::Backspace => f.write_str("backspace"),
            KeyCode::Up => f.write_str("up"),
            KeyCode::Down => f.write_str("down"),
            KeyCode::Left => f.write_str("left"),
            KeyCode::Right => f.write_str("right"),
            KeyCode::Home => f.write_str("home"),
            KeyCode::End => f.write_str("end"),
            KeyCode::PageUp => f.write_str("pageup"),
            KeyCode::PageDown => f.write_str("pagedown"),
            KeyCode::Delete => f.write_str("delete"),
            KeyCode::Insert => f.write_str("insert"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Where a set of bindings applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Everywhere, unless a more specific context binds the key.
    Global,
    /// When the reading pane has the focus.
    Reader,
    /// In the comparison view.
    Compare,
    /// While a line of text is edited (the search prompt, the pickers, find-in-item): typed
    /// characters insert themselves; only this table's keys act, plus the global keys of
    /// [`Context::PROMPT_PASSTHROUGH`] actions on keys that type nothing.
    Prompt,
}

impl Context {
    pub const ALL: [Context; 4] = [
        Context::Global,
        Context::Reader,
        Context::Compare,
        Context::Prompt,
    ];

    /// Global actions a prompt leaves to the global keys (on keys that do not type).
    pub const PROMPT_PASSTHROUGH: [Action; 3] = [Action::Repaint, Action::Suspend, Action::Help];

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Reader => "reader",
            Context::Compare => "compare",
            Context::Prompt => "prompt",
        }
    }
}

/// A problem in a keymap file: `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct KeymapError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    global: std::collections::BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    reader: std::collections::BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    compare: std::collections::BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    prompt: std::collections::BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    options: RawOptions,
}

/// The `[options]` table: settings of the terminal that are not keys.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOptions {
    /// Report clicks and the wheel to steppe (`false`: the terminal keeps its own selection,
    /// as `--no-mouse`).
    mouse: Option<bool>,
}

/// An action with the keys bound to it.
pub type Binding = (Action, Vec<Key>);

/// The keys in force: per context, key → action, in the order they were defined; and the
/// `[options]` of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    global: Vec<(Key, Action)>,
    reader: Vec<(Key, Action)>,
    compare: Vec<(Key, Action)>,
    prompt: Vec<(Key, Action)>,
    /// Report clicks and the wheel (`[options] mouse`; `--no-mouse` turns it off too).
    pub mouse: bool,
}

fn line_of(text: &str, offset: usize) -> usize {
    1 + text
        .as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
}

/// A file's bindings of one context: key → action (`None` unbinds), in file order.
type FileBindings = Vec<(Key, Option<Action>)>;

/// What one file says: per context, key → action (`None` unbinds), in file order; and its
/// `[options]`.
struct Parsed {
    contexts: Vec<(Context, FileBindings)>,
    options: RawOptions,
}

fn parse_file(text: &str, path: &str) -> Result<Parsed, KeymapError> {
    let raw: RawFile = toml::from_str(text).map_err(|err| KeymapError {
        path: path.to_string(),
        line: err.span().map(|s| line_of(text, s.start)).unwrap_or(1),
        message: format!(
            "{} (sections: [global], [reader], [compare], [prompt] with entries key = \"action\", \
             and [options] with mouse = true or false)",
            err.message().trim()
        ),
    })?;
    let mut contexts = Vec::new();
    for (context, table) in [
        (Context::Global, raw.global),
        (Context::Reader, raw.reader),
        (Context::Compare, raw.compare),
        (Context::Prompt, raw.prompt),
    ] {
        let mut entries: Vec<(usize, Key, Option<Action>, String)> = Vec::new();
        let mut sorted: Vec<_> = table.into_iter().collect();
        sorted.sort_by_key(|(k, _)| k.span().start);
        for (key, action) in sorted {
            let line = line_of(text, key.span().start);
            let error = |message: String| KeymapError {
                path: path.to_string(),
                line,
                message,
            };
            let parsed_key: Key = key
                .get_ref()
                .parse()
                .map_err(|e: BadKey| error(e.to_string()))?;
            let parsed_action = match action.get_ref().as_str() {
                "none" => None,
                name => Some(name.parse::<Action>().map_err(|e| {
                    error(format!(
                        "{e} for key {:?} (valid: none, {})",
                        key.get_ref(),
                        Action::valid_names()
                    ))
                })?),
            };
            if let Some((first_line, _, _, first_spelling)) =
                entries.iter().find(|(_, k, _, _)| *k == parsed_key)
            {
                return Err(error(format!(
                    "key {:?} is bound twice in [{}] (also as {:?} on line {first_line})",
                    key.get_ref(),
                    context.name(),
                    first_spelling
                )));
            }
            entries.push((line, parsed_key, parsed_action, key.get_ref().clone()));
        }
        contexts.push((
            context,
            entries.into_iter().map(|(_, k, a, _)| (k, a)).collect(),
        ));
    }
    Ok(Parsed {
        contexts,
        options: raw.options,
    })
}

impl Keymap {
    /// The built-in keymap.
    pub fn builtin() -> Self {
        let mut keymap = Keymap {
            global: Vec::new(),
            reader: Vec::new(),
            compare: Vec::new(),
            prompt: Vec::new(),
            mouse: true,
        };
        // The default file is part of the build and tested; a mistake in it fails the tests.
        if let Ok(parsed) = parse_file(DEFAULT_KEYMAP, DEFAULT_KEYMAP_NAME) {
            keymap.merge(parsed);
        }
        keymap
    }

    /// The built-in keymap with a user file (`path` is used in messages) merged over it.
    /// Refused when it leaves no way out: no key quits, or the prompt has no key to close it.
    pub fn with_user(text: &str, path: &str) -> Result<Self, KeymapError> {
        let parsed = parse_file(text, path)?;
        let mut keymap = Keymap::builtin();
        keymap.merge(parsed);
        let refuse = |message: &str| KeymapError {
            path: path.to_string(),
            line: 1,
            message: message.to_string(),
        };
        if keymap.keys_for(Context::Global, Action::Quit).is_empty() {
            return Err(refuse(
                "no key quits steppe: bind one in [global], e.g. q = \"quit\" (the defaults are q and ctrl-c)",
            ));
        }
        if keymap.keys_for(Context::Prompt, Action::Close).is_empty() {
            return Err(refuse(
                "no key closes the search prompt: bind one in [prompt], e.g. esc = \"close\"",
            ));
        }
        Ok(keymap)
    }

    /// Reads and merges a user file.
    pub fn load(path: &std::path::Path) -> Result<Self, KeymapError> {
        let shown = crate::text::shown_path(path);
        let text =
            crate::corpus::read::read_text(path, crate::corpus::read::MAX_CONFIG_BYTES, "keymap")
                .map_err(|e| KeymapError {
                path: shown.clone(),
                line: 1,
                message: format!("cannot read: {}", e.reason()),
            })?;
        Keymap::with_user(&text, &shown)
    }

    fn merge(&mut self, parsed: Parsed) {
        if let Some(mouse) = parsed.options.mouse {
            self.mouse = mouse;
        }
        for (context, entries) in parsed.contexts {
            let table = self.table_mut(context);
            for (key, action) in entries {
                match (table.iter().position(|(k, _)| *k == key), action) {
                    (Some(at), Some(action)) => table[at].1 = action,
                    (Some(at), None) => {
                        table.remove(at);
                    }
                    (None, Some(action)) => table.push((key, action)),
                    (None, None) => {}
                }
            }
        }
    }

    fn table(&self, context: Context) -> &[(Key, Action)] {
        match context {
            Context::Global => &self.global,
            Context::Reader => &self.reader,
            Context::Compare => &self.compare,
            Context::Prompt => &self.prompt,
        }
    }

    fn table_mut(&mut self, context: Context) -> &mut Vec<(Key, Action)> {
        match context {
            Context::Global => &mut self.global,
            Context::Reader => &mut self.reader,
            Context::Compare => &mut self.compare,
            Context::Prompt => &mut self.prompt,
        }
    }

    /// The action bound to a key: the context's own binding first, then the global one.
    pub fn lookup(&self, context: Context, key: Key) -> Option<Action> {
        let find = |c: Context| {
            self.table(c)
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, a)| *a)
        };
        match context {
            Context::Global => find(Context::Global),
            // A prompt takes typed characters; only keys that type nothing reach the global
            // table, and only for the actions that make sense over a prompt.
            Context::Prompt => find(Context::Prompt).or_else(|| {
                let types = matches!(key.code, KeyCode::Char(_))
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
                find(Context::Global).filter(|a| !types && Context::PROMPT_PASSTHROUGH.contains(a))
            }),
            other => find(other).or_else(|| find(Context::Global)),
        }
    }

    /// Keys bound to an action in one context's own table, in definition order.
    pub fn keys_for(&self, context: Context, action: Action) -> Vec<Key> {
        self.table(context)
            .iter()
            .filter(|(_, a)| *a == action)
            .map(|(k, _)| *k)
            .collect()
    }

    /// The first key that triggers an action in a context (for hints), if any.
    pub fn first_key(&self, context: Context, action: Action) -> Option<Key> {
        let own = self.keys_for(context, action);
        let global = self.keys_for(Context::Global, action);
        own.into_iter()
            .chain(global)
            .find(|k| self.lookup(context, *k) == Some(action))
    }

    /// Per context, every action with the keys bound to it, in [`Action::ALL`] order — what the
    /// help overlay shows.
    pub fn bindings(&self) -> Vec<(Context, Vec<Binding>)> {
        Context::ALL
            .iter()
            .map(|&context| {
                let rows = Action::ALL
                    .iter()
                    .filter_map(|&action| {
                        let keys = self.keys_for(context, action);
                        (!keys.is_empty()).then_some((action, keys))
                    })
                    .collect();
                (context, rows)
            })
            .collect()
    }
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap::builtin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        s.parse().unwrap()
    }

    #[test]
    fn ctrl_f_and_ctrl_b_page_as_in_vim_and_less_but_move_the_cursor_in_a_prompt() {
        let k = Keymap::builtin();
        assert_eq!(
            k.lookup(Context::Global, key("ctrl-f")),
            Some(Action::PageDown)
        );
        assert_eq!(
            k.lookup(Context::Reader, key("ctrl-b")),
            Some(Action::PageUp)
        );
        assert_eq!(
            k.lookup(Context::Prompt, key("ctrl-f")),
            Some(Action::CursorRight)
        );
        assert_eq!(
            k.lookup(Context::Prompt, key("ctrl-b")),
            Some(Action::CursorLeft)
        );
    }

    #[test]
    fn the_mouse_is_on_by_default_and_a_user_file_turns_it_off() {
        assert!(Keymap::builtin().mouse);
        let off = Keymap::with_user("[options]\nmouse = false\n", "mine.toml").unwrap();
        assert!(!off.mouse);
        // Keys stay as they were.
        assert_eq!(
            off.lookup(Context::Global, key("j")),
            Some(Action::MoveDown)
        );
        let keys_only = Keymap::with_user("[global]\nx = \"quit\"\n", "mine.toml").unwrap();
        assert!(
            keys_only.mouse,
            "a file without [options] keeps the default"
        );
        let err = Keymap::with_user("[options]\nmouse = \"no\"\n", "mine.toml").unwrap_err();
        assert_eq!((err.path.as_str(), err.line), ("mine.toml", 2), "{err}");
        let err = Keymap::with_user("[options]\ncolour = true\n", "mine.toml").unwrap_err();
        assert!(err.message.contains("unknown field `colour`"), "{err}");
        assert_eq!(err.line, 2, "{err}");
    }

    #[test]
    fn default_keymap_parses_and_binds_the_basics() {
        parse_file(DEFAULT_KEYMAP, DEFAULT_KEYMAP_NAME).unwrap();
        let k = Keymap::builtin();
        assert_eq!(k.lookup(Context::Global, key("j")), Some(Action::MoveDown));
        assert_eq!(
            k.lookup(Context::Global, key("down")),
            Some(Action::MoveDown)
        );
        assert_eq!(k.lookup(Context::Global, key("G")), Some(Action::Bottom));
        assert_eq!(k.lookup(Context::Global, key("q")), Some(Action::Quit));
        assert_eq!(k.lookup(Context::Global, key("/")), Some(Action::Search));
        assert_eq!(k.lookup(Context::Global, key("c")), Some(Action::Compare));
        assert_eq!(k.lookup(Context::Global, key("n")), Some(Action::NextHit));
        assert_eq!(
            k.lookup(Context::Reader, key("space")),
            Some(Action::PageDown)
        );
        assert_eq!(k.lookup(Context::Reader, key("j")), Some(Action::MoveDown));
        assert_eq!(k.lookup(Context::Global, key("space")), None);
    }

    #[test]
    fn keys_parse_with_modifiers_and_names() {
        assert_eq!(
            key("ctrl-d"),
            Key {
                code: KeyCode::Char('d'),
                modifiers: KeyModifiers::CONTROL
            }
        );
        assert_eq!(key("shift-tab"), Key::plain(KeyCode::BackTab));
        assert_eq!(key("shift-g"), key("G"));
        assert_eq!(key("pagedown"), Key::plain(KeyCode::PageDown));
        assert_eq!(key("f12"), Key::plain(KeyCode::F(12)));
        assert_eq!(key("-"), Key::plain(KeyCode::Char('-')));
        for bad in ["", "ctrl-", "pgdn", "f13", "jj"] {
            assert!(bad.parse::<Key>().is_err(), "{bad}");
        }
        // Display round-trips.
        for s in ["ctrl-d", "shift-tab", "G", "space", "alt-left", "f1", "?"] {
            assert_eq!(key(&key(s).to_string()), key(s));
        }
    }

    #[test]
    fn terminal_events_normalise_like_names() {
        let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&shifted), key("G"));
        let question = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&question), key("?"));
        let backtab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&backtab), key("shift-tab"));
    }

    #[test]
    fn user_file_overrides_single_keys() {
        let k = Keymap::with_user("[global]\nx = \"quit\"\nq = \"none\"\n", "mine.toml").unwrap();
        assert_eq!(k.lookup(Context::Global, key("x")), Some(Action::Quit));
        assert_eq!(k.lookup(Context::Global, key("q")), None);
        assert_eq!(k.lookup(Context::Global, key("ctrl-c")), Some(Action::Quit));
        assert_eq!(k.lookup(Context::Global, key("j")), Some(Action::MoveDown));
    }

    #[test]
    fn errors_name_file_line_and_valid_names() {
        let err = Keymap::with_user("[global]\nj = \"move_down\"\nz = \"fly\"\n", "mine.toml")
            .unwrap_err();
        assert_eq!(err.path, "mine.toml");
        assert_eq!(err.line, 3);
        assert!(err.message.contains("fly"));
        assert!(err.message.contains("move_down, move_up"));

        let err = Keymap::with_user("\n[global]\npgdn = \"page_down\"\n", "mine.toml").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("pagedown"), "{}", err.message);

        let err = Keymap::with_user(
            "[global]\nG = \"top\"\n\"shift-g\" = \"bottom\"\n",
            "m.toml",
        )
        .unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("bound twice"), "{}", err.message);

        let err =
            Keymap::with_user("[global]\nj = \"top\"\nj = \"bottom\"\n", "m.toml").unwrap_err();
        assert_eq!(err.line, 3, "{err}");

        let err = Keymap::with_user("[keys]\nj = \"top\"\n", "m.toml").unwrap_err();
        assert_eq!(err.line, 1, "{err}");
        assert!(err.message.contains("global"), "{err}");
    }

    #[test]
    fn a_keymap_without_a_way_out_is_refused() {
        let err = Keymap::with_user(
            "[global]\nq = \"none\"\n\"ctrl-c\" = \"none\"\nesc = \"none\"\n",
            "m.toml",
        )
        .unwrap_err();
        assert!(err.message.contains("no key quits"), "{err}");
        let err = Keymap::with_user(
            "[prompt]\nesc = \"none\"\n\"ctrl-c\" = \"none\"\n\"ctrl-g\" = \"none\"\n",
            "m.toml",
        )
        .unwrap_err();
        assert!(err.message.contains("search prompt"), "{err}");
        // Moving quit to another key is fine.
        let k = Keymap::with_user("[global]\nq = \"none\"\nZ = \"quit\"\n", "m.toml").unwrap();
        assert_eq!(k.lookup(Context::Global, key("Z")), Some(Action::Quit));
    }

    #[test]
    fn the_prompt_types_letters_and_edits_with_its_own_keys() {
        let k = Keymap::builtin();
        // Letters bound globally (q quits, j moves) type in the prompt.
        assert_eq!(k.lookup(Context::Prompt, key("q")), None);
        assert_eq!(k.lookup(Context::Prompt, key("j")), None);
        assert_eq!(
            k.lookup(Context::Prompt, key("ctrl-c")),
            Some(Action::Close)
        );
        assert_eq!(
            k.lookup(Context::Prompt, key("left")),
            Some(Action::CursorLeft)
        );
        assert_eq!(
            k.lookup(Context::Prompt, key("ctrl-w")),
            Some(Action::DeleteWordBack)
        );
        assert_eq!(
            k.lookup(Context::Prompt, key("ctrl-l")),
            Some(Action::Repaint)
        );
        assert_eq!(k.lookup(Context::Prompt, key("ctrl-d")), None);
    }

    #[test]
    fn bindings_list_every_bound_action_once() {
        let k = Keymap::builtin();
        let all = k.bindings();
        let (_, global) = &all[0];
        let quit = global.iter().find(|(a, _)| *a == Action::Quit).unwrap();
        assert_eq!(quit.1, vec![key("q"), key("ctrl-c")]);
        assert_eq!(k.first_key(Context::Global, Action::Help), Some(key("?")));
    }
}
