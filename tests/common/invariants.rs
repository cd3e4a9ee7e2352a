//! Properties every input must keep through the importer, the metadata parser and the keymap
//! parser: shared by the fuzz loop in the test suite (`tests/fuzz_loop.rs`) and the cargo-fuzz
//! target (`fuzz/fuzz_targets/import.rs`), so both check the same things.

use steppe::corpus::{import, index, metadata, ImportRules};
use steppe::text::is_invisible;
use steppe::tui::Keymap;

/// `Err` naming the field when `s` holds a control, bidi or zero-width character.
pub fn shows_nothing_invisible(what: &str, s: &str, input: &str) -> Result<(), String> {
    match s.chars().find(|&c| is_invisible(c)) {
        Some(c) => Err(format!(
            "{what} {s:?} holds U+{:04X}; input {input:?}",
            c as u32
        )),
        None => Ok(()),
    }
}

/// Imports `text` as plain text and as Markdown: nothing shown holds an invisible character,
/// item ids are unique and every item's line lies inside the input.
pub fn import_holds(text: &str, rules: &ImportRules) -> Result<(), String> {
    for markdown in [false, true] {
        let mut diagnostics = Vec::new();
        let report = import::import(
            &import::Input {
                id: "fuzz",
                source: "fuzz.txt",
                text,
                markdown,
                metadata: metadata::Metadata::default(),
            },
            rules,
            &mut diagnostics,
        );
        shows_nothing_invisible("title", &report.title, text)?;
        let lines = text.split('\n').count().max(text.split('\r').count());
        let mut ids = std::collections::HashSet::new();
        for section in &report.sections {
            if let Some(heading) = &section.heading {
                shows_nothing_invisible("heading", heading, text)?;
            }
            for item in &section.items {
                shows_nothing_invisible("item", &item.text, text)?;
                if !ids.insert(item.id.clone()) {
                    return Err(format!("duplicate id {} for {text:?}", item.id));
                }
                if item.line == 0 || item.line > lines {
                    return Err(format!("line {} out of range for {text:?}", item.line));
                }
            }
        }
        for footnote in &report.footnotes {
            shows_nothing_invisible("footnote", &footnote.text, text)?;
        }
        for d in &diagnostics {
            shows_nothing_invisible("diagnostic", &d.to_string(), text)?;
        }
    }
    Ok(())
}

/// Parses `text` as a metadata file and as a folder index (`SOURCES.md`): every value kept,
/// and every message, is free of invisible characters.
pub fn metadata_holds(text: &str) -> Result<(), String> {
    let mut diagnostics = Vec::new();
    let mut found = vec![metadata::parse(text, "fuzz.toml", &mut diagnostics)];
    found.extend(index::parse(text, "SOURCES.md", |_| false, &mut diagnostics).into_values());
    for meta in &found {
        let values = [
            &meta.title,
            &meta.subtitle,
            &meta.publisher,
            &meta.publisher_short,
            &meta.author,
            &meta.date,
            &meta.url,
        ];
        for value in values.into_iter().flatten() {
            shows_nothing_invisible("metadata value", value, text)?;
        }
        for country in meta.countries.iter().flatten() {
            shows_nothing_invisible("metadata country", country, text)?;
        }
    }
    for d in &diagnostics {
        shows_nothing_invisible("diagnostic", &d.to_string(), text)?;
    }
    Ok(())
}

/// Parses `text` as a user keymap: an error message carries no control character.
pub fn keymap_holds(text: &str) -> Result<(), String> {
    if let Err(err) = Keymap::with_user(text, "keymap.toml") {
        let shown = err.to_string();
        if shown.contains('\u{1b}') || shown.chars().any(|c| c.is_control() && c != '\n') {
            return Err(format!(
                "keymap error {shown:?} carries a control character"
            ));
        }
    }
    Ok(())
}

/// Parses `text` as each of the three rule files (each alone, so that a run is cheap): what
/// loads shows nothing invisible (country names, aliases, theme ids, labels and keywords are
/// cleaned when loaded), and what fails says so without a control character.
pub fn rules_hold(text: &str) -> Result<(), String> {
    use steppe::corpus::gazetteer::Gazetteer;
    use steppe::corpus::themes::ThemeRules;
    match ImportRules::parse(text, "", "theme = []", "fuzz") {
        Ok(_) => {}
        Err(err) => shows_nothing_invisible("rules error", &err.to_string(), text)?,
    }
    match Gazetteer::parse(text, "fuzz/gazetteer.toml") {
        Ok(gazetteer) => {
            for country in &gazetteer.countries {
                for name in std::iter::once(&country.name)
                    .chain(&country.aliases)
                    .chain(&country.iso)
                {
                    shows_nothing_invisible("country name", name, text)?;
                }
            }
        }
        Err(err) => shows_nothing_invisible("gazetteer error", &err.to_string(), text)?,
    }
    match ThemeRules::parse(text, "fuzz/themes.toml") {
        Ok(themes) => {
            for theme in &themes.themes {
                for value in [&theme.id, &theme.label].into_iter().chain(&theme.keywords) {
                    shows_nothing_invisible("theme", value, text)?;
                }
            }
        }
        Err(err) => shows_nothing_invisible("themes error", &err.to_string(), text)?,
    }
    Ok(())
}

/// A long input of one shape from a short one: the text up to its first `|` (or nothing) as a
/// prefix, then the rest repeated to about `bytes`. Shapes like "an indent, then `*a` many
/// times" are where a pass that looks back over its line turns quadratic.
pub fn repeated(text: &str, bytes: usize) -> String {
    let (prefix, unit) = text.split_once('|').unwrap_or(("", text));
    let mut out = String::with_capacity(bytes + text.len());
    out.push_str(prefix);
    if unit.is_empty() {
        return out;
    }
    while out.len() < bytes {
        out.push_str(unit);
    }
    out
}
