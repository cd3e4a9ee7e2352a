//! The help window: every binding in force, generated from the keymap and the actions'
//! descriptions (never written twice), with the search syntax. Its scroll is clamped by its
//! view.

pub mod view;

use super::super::action::Action;
use super::super::keymap::{Context, Key, Keymap};
use super::super::msg::Msg;
use super::{Ctx, Scroll};

/// The open help window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Help {
    pub scroll: Scroll,
}

impl Help {
    /// Scrolls; closes on close, back, quit, help or enter.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Vec<Msg> {
        self.scroll.window_update(action, ctx)
    }
}

/// The help text: a heading per context, then `keys  description` per action. In the
/// comparison view, only the keys that work there, with what they do there.
pub fn help_lines(keymap: &Keymap, comparing: bool) -> Vec<(Option<String>, String)> {
    let mut out = if comparing {
        comparison_lines(keymap)
    } else {
        reader_lines(keymap)
    };
    out.extend(search_lines());
    out
}

/// The keys of the comparison view: its own bindings, then the global ones it does not shadow.
fn comparison_lines(keymap: &Keymap) -> Vec<(Option<String>, String)> {
    let bindings = keymap.bindings();
    let own: Vec<_> = bindings
        .iter()
        .filter(|(c, _)| *c == Context::Compare)
        .flat_map(|(_, rows)| rows.iter())
        .collect();
    let shadowed = |key: &Key| own.iter().any(|(_, keys)| keys.contains(key));
    // Per action, its comparison keys first, then its global keys the comparison leaves free.
    let mut rows: Vec<(Action, Vec<String>)> = own
        .iter()
        .map(|(action, keys)| (*action, keys.iter().map(|k| k.to_string()).collect()))
        .collect();
    let global = bindings
        .iter()
        .filter(|(c, _)| *c == Context::Global)
        .flat_map(|(_, rows)| rows.iter());
    for (action, keys) in global {
        let free = keys.iter().filter(|k| !shadowed(k)).map(|k| k.to_string());
        match rows.iter_mut().find(|(a, _)| a == action) {
            Some((_, listed)) => listed.extend(free),
            None => rows.push((*action, free.collect())),
        }
    }
    let mut out = vec![(None, "In the comparison view".to_string())];
    for (action, keys) in rows {
        if let (false, Some(text)) = (keys.is_empty(), action.description_in_comparison()) {
            out.push((Some(keys.join(", ")), text.to_string()));
        }
    }
    out
}

/// The reader's keys, a heading per context.
fn reader_lines(keymap: &Keymap) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    for (context, rows) in keymap.bindings() {
        if rows.is_empty() {
            continue;
        }
        let heading = match context {
            Context::Global => "Everywhere",
            Context::Reader => "In the reading pane (wins over the above)",
            Context::Compare => "In the comparison view (c; wins over the above)",
            Context::Prompt => "While typing (/ search, pickers, f find; letters type)",
        };
        if !out.is_empty() {
            out.push((None, String::new()));
        }
        out.push((None, heading.to_string()));
        for (action, keys) in rows {
            let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
            // (Each context's keys with what they do there, never another context's words.)
            let text = match context {
                Context::Compare => action
                    .description_in_comparison()
                    .unwrap_or(action.description()),
                Context::Prompt => action.description_in_prompt(),
                Context::Global | Context::Reader => action.description(),
            };
            out.push((Some(keys.join(", ")), text.to_string()));
        }
    }
    out
}

/// The search syntax and the keymap file.
fn search_lines() -> Vec<(Option<String>, String)> {
    let mut out = vec![(None, String::new()), (None, "Search (/)".to_string())];
    for (keys, text) in [
        ("words", "every word must occur, any order (tax ngo)"),
        (
            "@kaz",
            "only items about a country (name prefix or ISO code)",
        ),
        ("#corruption", "only items on a theme"),
        ("!rec, !finding", "only recommendations / findings"),
        (
            "↑ ↓, ctrl-p ctrl-n",
            "move through hits (preview on the right)",
        ),
        ("↑ on empty prompt", "earlier queries"),
        ("enter / esc", "go to the hit / back to where you were"),
        ("≈", "approximate hit (near-spelling of a word)"),
    ] {
        out.push((Some(keys.to_string()), text.to_string()));
    }
    out.push((None, String::new()));
    // (Two lines: each fits a box on an 80-column terminal.)
    out.push((
        None,
        "Change keys in keymap.toml in $XDG_CONFIG_HOME/steppe".to_string(),
    ));
    out.push((
        None,
        "(~/.config/steppe when it is unset) or with --keymap FILE.".to_string(),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines under `heading` up to the next heading.
    fn section<'a>(
        lines: &'a [(Option<String>, String)],
        heading: &str,
    ) -> Vec<&'a (Option<String>, String)> {
        lines
            .iter()
            .skip_while(|(k, t)| !(k.is_none() && t.starts_with(heading)))
            .skip(1)
            .take_while(|(k, _)| k.is_some())
            .collect()
    }

    #[test]
    fn each_context_lists_its_keys_with_what_they_do_there() {
        let lines = help_lines(&Keymap::builtin(), false);
        let compare = section(&lines, "In the comparison view");
        let q = compare.iter().find(|(k, _)| k.as_deref() == Some("q"));
        assert_eq!(q.map(|(_, t)| t.as_str()), Some("leave the comparison"));
        let prompt = section(&lines, "While typing");
        let enter = prompt.iter().find(|(k, _)| k.as_deref() == Some("enter"));
        assert_eq!(
            enter.map(|(_, t)| t.as_str()),
            Some("go to the hit, or run what was typed")
        );
        // No line of those two contexts borrows the reader's words.
        for (_, text) in compare.iter().chain(&prompt) {
            assert!(
                !text.contains("overlay") && !text.contains("reading pane"),
                "{text}"
            );
        }
    }
}
