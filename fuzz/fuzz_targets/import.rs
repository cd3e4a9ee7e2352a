//! libFuzzer target: arbitrary bytes through the bounded reader, the loader's decoder, the
//! importer (plain and Markdown, and the input's shape repeated to 32 KB, where a pass that
//! looks back over its line turns quadratic: run with `-timeout=10`), the metadata and folder
//! index parsers, the three rule files, the keymap parser, and the web page and PDF converters
//! (whose Markdown goes through the importer too). Any panic is a bug, and so is any
//! broken property in `tests/common/invariants.rs` (the checks the test suite's fuzz loop uses).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use steppe::corpus::read::{read_bounded, ReadError};
use steppe::corpus::{decode, formats, ImportRules};

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    // The bounded reader: a regular file is read whole up to its limit, refused past it.
    static FILE: OnceLock<std::path::PathBuf> = OnceLock::new();
    let path = FILE.get_or_init(|| {
        std::env::temp_dir().join(format!("steppe-fuzz-{}.txt", std::process::id()))
    });
    if std::fs::write(path, data).is_ok() {
        let limit = data.len() as u64;
        let whole = read_bounded(path, limit, "fuzz").map(|b| b == data);
        assert!(matches!(whole, Ok(true)), "{whole:?}");
        if limit > 0 {
            let capped = read_bounded(path, limit - 1, "fuzz");
            assert!(matches!(capped, Err(ReadError::TooLarge { .. })), "{capped:?}");
        }
    }
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
        invariants::import_holds(&invariants::repeated(&text, 32 * 1024), rules),
        invariants::metadata_holds(&text),
        invariants::rules_hold(&text),
        invariants::keymap_holds(&text),
    ];
    for check in checks {
        if let Err(broken) = check {
            panic!("{broken}");
        }
    }
});

