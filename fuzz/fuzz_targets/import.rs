//! libFuzzer target: arbitrary bytes through the loader's decoder, the importer (plain and
//! Markdown), the metadata parser and the keymap parser. Any panic is a bug; anything shown
//! must be free of control and bidi characters.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use steppe::corpus::{decode, import, metadata, ImportRules};
use steppe::text::is_invisible;

fuzz_target!(|data: &[u8]| {
    let mut diagnostics = Vec::new();
    let Some(text) = decode(data, "fuzz.txt", &mut diagnostics) else {
        return;
    };
    // Parsed once: the rule files are not what is being fuzzed.
    static RULES: OnceLock<ImportRules> = OnceLock::new();
    let rules = RULES.get_or_init(ImportRules::builtin);
    for markdown in [false, true] {
        let report = import::import(
            &import::Input {
                id: "fuzz",
                source: "fuzz.txt",
                text: &text,
                markdown,
                metadata: metadata::Metadata::default(),
            },
            rules,
            &mut diagnostics,
        );
        assert!(!report.title.chars().any(is_invisible));
        for item in report.sections.iter().flat_map(|s| &s.items) {
            assert!(!item.text.chars().any(is_invisible), "{:?}", item.text);
        }
    }
    let meta = metadata::parse(&text, "fuzz.toml", &mut diagnostics);
    assert!(!meta.title.unwrap_or_default().chars().any(is_invisible));
    let _ = steppe::tui::Keymap::with_user(&text, "keymap.toml");
});
