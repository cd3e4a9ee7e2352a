//! steppe: a terminal reader for human-rights country reports.
//!
//! Data flows one way. Text and Markdown files (with optional `NAME.toml` metadata) and the
//! built-in reports are imported by [`corpus::import`] (boilerplate rules, headings, bullets,
//! footnotes, addressees, the gazetteer for countries and the theme rules) into a [`Corpus`]
//! of reports → sections → items. Search, the country tree and comparisons are pure library
//! code over that corpus; the command-line interface and the terminal reader (`tui`) are thin
//! layers on top and never parse text themselves.

pub mod compare;
pub mod corpus;
pub mod export;
pub mod library;
pub(crate) mod parallel;
pub mod relations;
pub mod resolve;
pub mod search;
pub mod text;
pub mod tree;
pub mod tui;

pub use corpus::model::{Corpus, Footnote, Item, ItemKind, ItemRef, Report, Section};
pub use corpus::{Diagnostic, LoadError, Loaded, Severity, Sources};
