//! libFuzzer target: arbitrary bytes through the loader's decoder, the importer (plain and
//! Markdown), the metadata parser and the keymap parser. Any panic is a bug, and so is any
//! broken property in `tests/common/invariants.rs` (the checks the test suite's fuzz loop uses).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use steppe::corpus::{decode, ImportRules};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
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
