//! The format layer: a report file's bytes → text the importer reads.
//!
//! Plain text and Markdown pass through; a saved web page ([`html`]) and a PDF ([`pdf`]) are
//! turned into Markdown-structured text (headings, paragraphs, lists, `[^n]` footnotes) plus the
//! metadata the file itself states (title, date, publisher, URL). What a converter leaves out as
//! page chrome (navigation, running headers, page numbers…) is kept as [`Converted::chrome`] so
//! `steppe check -v` can show it. Every converter is bounded in time and memory on hostile input.

pub mod html;
pub mod pdf;

use std::path::Path;

use super::metadata::Metadata;

/// The kinds of report file steppe reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Pdf,
}

/// File name extensions of each format (lowercase), for messages and file finding.
pub const EXTENSIONS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("text", Format::Text),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("xhtml", Format::Html),
    ("pdf", Format::Pdf),
];

/// The list shown in messages: "expected .txt, .md, .html or .pdf files".
pub const EXPECTED: &str = ".txt, .md, .html or .pdf";

impl Format {
    /// The format a file name says, by its extension (any case); `None` for other files.
    pub fn of(path: &Path) -> Option<Format> {
        Format::of_name(path.file_name()?)
    }

    /// [`Format::of`] from a file's name alone (as a folder listing gives it): its extension is
    /// what follows its last dot, unless nothing comes before that dot.
    pub fn of_name(name: &std::ffi::OsStr) -> Option<Format> {
        let (stem, ext) = name.to_str()?.rsplit_once('.')?;
        if stem.is_empty() {
            return None;
        }
        EXTENSIONS
            .iter()
            .find(|(e, _)| e.eq_ignore_ascii_case(ext))
            .map(|&(_, format)| format)
    }
}

/// A converted file: Markdown text for the importer, what the file says about itself, and the
/// lines dropped as chrome.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Converted {
    pub text: String,
    pub metadata: Metadata,
    /// Lines left out as page chrome, in document order.
    pub chrome: Vec<String>,
}

/// Longest chrome line kept for `check -v` (characters); longer ones end in "…".
const CHROME_LINE_CHARS: usize = 120;
/// Most chrome lines kept per file; the count goes on.
const CHROME_LINES_KEPT: usize = 2_000;

/// Records a dropped line, shortened; `count` counts every one.
fn push_chrome(chrome: &mut Vec<String>, line: &str) {
    let line = crate::text::normalize_whitespace(line);
    if line.is_empty() || chrome.len() >= CHROME_LINES_KEPT {
        return;
    }
    let short: String = line.chars().take(CHROME_LINE_CHARS).collect();
    if short.len() < line.len() {
        chrome.push(format!("{short}…"));
    } else {
        chrome.push(short);
    }
}

/// Normalises a date as pages and PDFs write it (`2021-07-22T10:00:00Z`, `D:20210722…`,
/// `22 July 2021`) to ISO `YYYY-MM-DD`.
pub fn iso_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let digits = raw.strip_prefix("D:").unwrap_or(raw);
    if digits.len() >= 8 && digits.as_bytes()[..8].iter().all(u8::is_ascii_digit) {
        let candidate = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..8]);
        return super::import::parse_date(&candidate);
    }
    if raw.len() >= 10 && raw.is_char_boundary(10) {
        if let Some(date) = super::import::parse_date(&raw[..10]) {
            return Some(date);
        }
    }
    super::import::parse_date(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_known_by_extension_in_any_case() {
        assert_eq!(Format::of(Path::new("a/b.HTM")), Some(Format::Html));
        assert_eq!(Format::of(Path::new("b.xhtml")), Some(Format::Html));
        assert_eq!(Format::of(Path::new("b.Pdf")), Some(Format::Pdf));
        assert_eq!(Format::of(Path::new("b.md")), Some(Format::Markdown));
        assert_eq!(Format::of(Path::new("b.docx")), None);
        assert_eq!(Format::of(Path::new("pdf")), None);
    }

    #[test]
    fn dates_in_page_and_pdf_forms_become_iso() {
        assert_eq!(
            iso_date("2023-03-14T09:30:00+05:00").as_deref(),
            Some("2023-03-14")
        );
        assert_eq!(
            iso_date("D:20210722101500+02'00'").as_deref(),
            Some("2021-07-22")
        );
        assert_eq!(iso_date("14 March 2023").as_deref(), Some("2023-03-14"));
        assert_eq!(iso_date("D:2021"), None);
        assert_eq!(iso_date("[1]\u{202e}x2021-01-01"), None);
        assert_eq!(iso_date("yesterday"), None);
    }
}
