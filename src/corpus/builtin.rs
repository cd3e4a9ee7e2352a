//! The built-in corpus: the five reports shipped inside the binary (`include_str!` of the files
//! in `corpus/`), each with its metadata file, and the default import rules in `data/`.

/// One report compiled into the binary.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinReport {
    /// File stem; also the report id.
    pub name: &'static str,
    pub text: &'static str,
    /// Contents of the `NAME.toml` metadata file beside the report.
    pub metadata: &'static str,
}

impl BuiltinReport {
    /// `builtin:NAME`, the report's `source`.
    pub fn source(&self) -> String {
        format!("builtin:{}", self.name)
    }
}

macro_rules! builtin {
    ($name:literal) => {
        BuiltinReport {
            name: $name,
            text: include_str!(concat!("../../corpus/", $name, ".txt")),
            metadata: include_str!(concat!("../../corpus/", $name, ".toml")),
        }
    };
}

/// The built-in reports, oldest first.
pub const REPORTS: &[BuiltinReport] = &[
    builtin!("iphr-2017-03-31-time-to-turn-the-tide"),
    builtin!("fpc-2021-05-17-tajikistan-conclusions"),
    builtin!("fpc-2021-07-22-kazakhstan-executive-summary"),
    builtin!("fpc-2021-09-30-responding-to-retreating-rights"),
    builtin!("hrw-2024-01-11-central-asia-renewed-engagement"),
];

/// Default import rules: boilerplate lines, structure cues and addressee words.
pub const IMPORT_RULES: &str = include_str!("../../data/import.toml");
/// Default gazetteer: countries, their names, demonyms, cities and leaders; regions.
pub const GAZETTEER: &str = include_str!("../../data/gazetteer.toml");
/// Default theme rules: theme ids, labels and keywords.
pub const THEMES: &str = include_str!("../../data/themes.toml");
