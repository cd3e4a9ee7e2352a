//! libFuzzer target: arbitrary bytes through the loader's decoder, the importer (plain and
//! Markdown), the metadata parser, the keymap parser, and the web page and PDF converters (whose
//! Markdown goes through the importer too). Any panic is a bug, and so is any
//! broken property in `tests/common/invariants.rs` (the checks the test suite's fuzz loop uses).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use steppe::corpus::{decode, formats, ImportRules};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    static RULES_FORMATS: OnceLock<ImportRules> = OnceLock::new();
    let rules_formats = RULES_FORMATS.get_or_init(ImportRules::builtin);
    // The converters: never a panic; what they give is imported like any Markdown.
    if let Ok(converted) = formats::pdf::convert(data) {
        if let Err(broken) = invariants::import_holds(&converted.text, rules_formats) {
            panic!("pdf: {broken}");
        }
    }
    let page = String::from_utf8_lossy(data);
    if let Ok(converted) = formats::html::convert(&page) {
        if let Err(broken) = invariants::import_holds(&converted.text, rules_formats) {
            panic!("html: {broken}");
        }
    }
    let mut diagnostics = Vec::new();
    let Some(text) = decode(data, "fuzz.txt", &mut diagnostics) else {
        return;
    };
    // Parsed once: the rule files are not what is being fuzzed.
    static RULES: OnceLock<ImportRules> = OnceLock::new();
    let rules = RULES.get_or_init(ImportRules::builtin);
    let checks = [
        invariants::import_holds(&text, rules),
        invariants::metadata_holds(&text),
        invariants::keymap_holds(&text),
    ];
    for check in checks {
        if let Err(broken) = check {
            panic!("{broken}");
        }
    }
});
