//! A folder's index (`SOURCES.md`): a Markdown table with a `file` column whose rows give the
//! reports beside it their publisher, date, title and URL. The index is read as metadata, not
//! as a report; a report's own `NAME.toml` wins over its row, field by field.

use std::collections::HashMap;
use std::path::Path;

use super::metadata::Metadata;
use super::Diagnostic;

/// The file name of a folder's index (matched without regard to case).
pub const INDEX_FILE: &str = "SOURCES.md";

/// True for a folder's index file.
pub fn is_index_file(path: &Path) -> bool {
    path.file_name().is_some_and(is_index_name)
}

/// [`is_index_file`] from a file's name alone (as a folder listing gives it).
pub fn is_index_name(name: &std::ffi::OsStr) -> bool {
    name.to_str()
        .is_some_and(|n| n.eq_ignore_ascii_case(INDEX_FILE))
}

/// Metadata per report file name, as the `file` column writes it.
pub type Index = HashMap<String, Metadata>;

/// What a column of the table gives, by its header (lowercased).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Field {
    File,
    Title,
    Publisher,
    PublisherShort,
    Author,
    Date,
    Url,
    Countries,
    /// Where recommendations are read from: "lists" (not prose sentences) or "lists and prose".
    Recommendations,
    /// A column steppe has no use for ("what is in it", notes): ignored.
    Other,
}

fn field(header: &str) -> Field {
    match header {
        "file" | "filename" | "file name" => Field::File,
        "title" => Field::Title,
        "publisher" | "publisher / author" | "source" | "organisation" | "organization" => {
            Field::Publisher
        }
        "short" | "short name" | "publisher_short" | "abbreviation" => Field::PublisherShort,
        "author" | "authors" => Field::Author,
        "date" | "published" => Field::Date,
        "url" | "link" | "address" | "web" => Field::Url,
        "countries" | "country" => Field::Countries,
        "recommendations" | "recommendations from" | "recommendations in" => Field::Recommendations,
        _ => Field::Other,
    }
}

/// Reads the index tables of `text` (the file at `path`, shown in diagnostics); `exists` says
/// whether a file named in a row is beside the index (a row naming a missing file is a
/// warning).
pub fn parse(
    text: &str,
    path: &str,
    exists: impl Fn(&str) -> bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Index {
    let mut index = Index::new();
    // The line of each file's row, to name a file listed twice.
    let mut rows: std::collections::HashMap<String, usize> = Default::default();
    let lines: Vec<&str> = text.lines().collect();
    let mut at = 0;
    while at + 1 < lines.len() {
        let (Some(header), true) = (cells(lines[at]), is_separator(lines[at + 1])) else {
            at += 1;
            continue;
        };
        let fields: Vec<Field> = header.iter().map(|h| field(&h.to_lowercase())).collect();
        at += 2;
        let Some(file_column) = fields.iter().position(|&f| f == Field::File) else {
            continue;
        };
        while let Some(row) = lines.get(at).and_then(|l| cells(l)) {
            let line = at + 1;
            at += 1;
            let Some(file) = row.get(file_column).map(|c| plain(c)) else {
                continue;
            };
            if file.is_empty() {
                continue;
            }
            if let Some(first) = rows.get(&file) {
                diagnostics.push(Diagnostic::warning(
                    path,
                    line,
                    format!(
                        "the index lists {file:?} twice (first on line {first}); this row is used"
                    ),
                ));
            }
            rows.insert(file.clone(), line);
            if !exists(&file) {
                diagnostics.push(Diagnostic::warning(
                    path,
                    line,
                    format!("the index names {file:?}, which is not in this folder"),
                ));
            }
            let meta = row_metadata(&fields, &row, path, line, diagnostics);
            index.insert(file, meta);
        }
    }
    index
}

fn row_metadata(
    fields: &[Field],
    row: &[String],
    path: &str,
    line: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Metadata {
    let mut meta = Metadata::default();
    let mut url_in_text = None;
    for (&field, cell) in fields.iter().zip(row) {
        // Sanitised before the address is cut out: it is shown and copied as it is.
        let (text, url) = split_url(&crate::text::sanitize(cell));
        url_in_text = url_in_text.or(url);
        let value = plain(&text);
        if value.is_empty() {
            continue;
        }
        match field {
            Field::Title => meta.title = Some(value),
            Field::Publisher => meta.publisher = Some(value),
            Field::PublisherShort => meta.publisher_short = Some(value),
            Field::Author => meta.author = Some(value),
            Field::Url => meta.url = Some(value),
            Field::Countries => {
                meta.countries = Some(
                    value
                        .split([',', ';'])
                        .map(str::trim)
                        .filter(|c| !c.is_empty())
                        .map(str::to_string)
                        .collect(),
                )
            }
            Field::Date => match super::import::parse_date(&value) {
                Some(date) => meta.date = Some(date),
                None => diagnostics.push(Diagnostic::warning(
                    path,
                    line,
                    format!("{value:?} in the date column is not a date (use YYYY-MM-DD)"),
                )),
            },
            Field::Recommendations => {
                meta.prose_recommendations = Some(value.to_lowercase().contains("prose"))
            }
            Field::File | Field::Other => {}
        }
    }
    meta.url = meta.url.or(url_in_text);
    meta
}

/// The cells of a table row (`| a | b |`), or `None` for a line that is not one.
fn cells(line: &str) -> Option<Vec<String>> {
    let inner = line.trim().strip_prefix('|')?;
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut out = vec![String::new()];
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                chars.next();
                if let Some(cell) = out.last_mut() {
                    cell.push('|');
                }
            }
            '|' => out.push(String::new()),
            c => {
                if let Some(cell) = out.last_mut() {
                    cell.push(c);
                }
            }
        }
    }
    Some(out.into_iter().map(|c| c.trim().to_string()).collect())
}

/// `| --- | :-: |`: the line under a table's header.
fn is_separator(line: &str) -> bool {
    cells(line).is_some_and(|cells| {
        cells.iter().all(|c| {
            let c = c.trim_matches(':');
            !c.is_empty() && c.chars().all(|ch| ch == '-')
        })
    })
}

/// A cell without a web address in it, and the address: "IPHR and 11 NGOs; https://…" →
/// ("IPHR and 11 NGOs", Some("https://…")). A Markdown link gives its target.
fn split_url(cell: &str) -> (String, Option<String>) {
    let Some(start) = cell.find("https://").or_else(|| cell.find("http://")) else {
        return (cell.to_string(), None);
    };
    let end = cell[start..]
        .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | '|'))
        .map_or(cell.len(), |n| start + n);
    let url = cell[start..end]
        .trim_end_matches(['.', ',', ';'])
        .to_string();
    let mut rest = format!("{}{}", &cell[..start], &cell[end..]);
    // What held the address: "[text](…)" keeps its text, "<…>" and separators go.
    rest = rest.replace("]()", "]").replace("<>", "");
    let rest = rest
        .trim()
        .trim_end_matches([';', ',', ':'])
        .trim()
        .to_string();
    (rest, Some(url))
}

/// Cell text for showing: Markdown emphasis, code and link brackets removed, sanitised.
fn plain(cell: &str) -> String {
    // Sanitised first: removing brackets first would leave the tail of an escape sequence.
    let text: String = crate::text::sanitize(cell)
        .chars()
        .filter(|c| !matches!(c, '`' | '*' | '[' | ']'))
        .collect();
    crate::text::collapse_whitespace(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "# Reports\n\nSome prose.\n\n\
        | file | publisher | date | title | notes |\n\
        | --- | --- | :---: | --- | --- |\n\
        | `a.txt` | Foreign Policy Centre (FPC), article by Adam Hug | 2021-09-30 | A \\| B | x |\n\
        | b.txt | IPHR and 11 other NGOs; https://example.org/b/ | 31 March 2017 | Bee | |\n\
        | gone.txt | Nobody | someday | | |\n\
        \nAfter the table.\n";

    fn parsed() -> (Index, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let index = parse(TABLE, "SOURCES.md", |f| f != "gone.txt", &mut d);
        (index, d)
    }

    #[test]
    fn rows_give_metadata_by_file_name() {
        let (index, _) = parsed();
        let a = &index["a.txt"];
        assert_eq!(
            a.publisher.as_deref(),
            Some("Foreign Policy Centre (FPC), article by Adam Hug")
        );
        assert_eq!(a.date.as_deref(), Some("2021-09-30"));
        assert_eq!(a.title.as_deref(), Some("A | B"));
        assert_eq!(a.url, None);
        let b = &index["b.txt"];
        assert_eq!(b.publisher.as_deref(), Some("IPHR and 11 other NGOs"));
        assert_eq!(b.url.as_deref(), Some("https://example.org/b/"));
        assert_eq!(b.date.as_deref(), Some("2017-03-31"));
    }

    #[test]
    fn a_missing_file_and_a_bad_date_are_warnings_with_their_line() {
        let (index, d) = parsed();
        assert!(index.contains_key("gone.txt"));
        assert_eq!(index["gone.txt"].date, None);
        let lines: Vec<(usize, &str)> = d.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines.iter().all(|&(l, _)| l == 9), "{lines:?}");
        assert!(lines[0].1.contains("gone.txt"), "{lines:?}");
        assert!(lines[1].1.contains("someday"), "{lines:?}");
    }

    #[test]
    fn a_table_without_a_file_column_is_not_an_index() {
        let mut d = Vec::new();
        let index = parse(
            "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "x.md",
            |_| true,
            &mut d,
        );
        assert!(index.is_empty());
        assert!(d.is_empty());
    }

    #[test]
    fn hostile_cells_are_sanitised() {
        let mut d = Vec::new();
        let text = "| file | title |\n|-|-|\n| a.txt | \u{1b}[31mRed\u{202e} title |\n";
        let index = parse(text, "x.md", |_| true, &mut d);
        assert_eq!(index["a.txt"].title.as_deref(), Some("Red title"));
        // Found by the fuzz loop: an escape sequence inside a web address.
        let text =
            "| file | publisher |\n|-|-|\n| a.txt | X; https://x\u{1b}]8;;http://y\u{1b}\\z |\n";
        let index = parse(text, "x.md", |_| true, &mut d);
        let url = index["a.txt"].url.clone().unwrap_or_default();
        assert!(!url.chars().any(crate::text::is_invisible), "{url:?}");
        assert!(url.starts_with("https://x"), "{url:?}");
    }
}
