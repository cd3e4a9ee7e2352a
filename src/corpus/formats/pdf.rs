//! PDFs → Markdown-structured text and document metadata.
//!
//! Glyphs and their positions come from `pdf-extract` (pure Rust, on `lopdf`); this module
//! rebuilds what a PDF does not store: lines (glyphs grouped by baseline), running headers and
//! footers (lines in the top or bottom band that repeat across pages, page numbers, "GE.21-…"
//! job numbers — dropped and reported as chrome), footnotes (small-type numbered lines at the
//! foot of a page → `[^n]: text`, their superscript markers → `[^n]`), paragraphs (from line
//! gaps, short last lines, numbered-paragraph markers and page breaks), words hyphenated at a
//! line end (joined unless the document spells the word with its hyphen) and headings (type
//! larger than the body's).
//!
//! Hostile files are bounded before `lopdf` sees them: every Flate and LZW stream is expanded once with
//! a cap (a stream expanding to gigabytes is refused), the page count is capped, extraction runs
//! on its own thread with a time limit, and a panic inside the PDF crates is caught and reported
//! as a damaged file. Encrypted PDFs with an empty user password are opened; others are refused.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::mpsc;
use std::time::Duration;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::{iso_date, push_chrome, Converted};
use crate::corpus::metadata::Metadata;

/// Most pages read; longer documents are refused (the longest UN reports are a few hundred).
pub const MAX_PAGES: usize = 2_000;
/// Largest size one compressed stream may expand to.
pub const MAX_STREAM_BYTES: u64 = 64 * 1024 * 1024;
/// Largest size all compressed streams together may expand to.
pub const MAX_EXPANDED_BYTES: u64 = 512 * 1024 * 1024;
/// Most glyphs kept from one document.
pub const MAX_GLYPHS: usize = 20_000_000;
/// Longest time one PDF may take to read.
pub const TIME_LIMIT: Duration = Duration::from_secs(60);

/// Why a PDF could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("no text layer: this PDF is a scan; run OCR first")]
    NoText,
    #[error("encrypted PDF: steppe cannot open it; save a copy without a password first")]
    Encrypted,
    #[error("damaged PDF: {0}")]
    Damaged(String),
    #[error("PDF has {0} pages, more than the {MAX_PAGES} steppe reads")]
    TooManyPages(usize),
    #[error("a compressed stream in this PDF expands past {} MB; not read", MAX_STREAM_BYTES / (1024 * 1024))]
    StreamTooLarge,
    #[error("the compressed streams in this PDF expand past {} MB in all; not read", MAX_EXPANDED_BYTES / (1024 * 1024))]
    ExpandsTooMuch,
    #[error("PDF has more than {MAX_GLYPHS} characters; not read")]
    TooMuchText,
    #[error("PDF took longer than {} s to read; given up", TIME_LIMIT.as_secs())]
    TooSlow,
}

/// Converts a PDF to Markdown text, its metadata and the chrome left out.
pub fn convert(bytes: &[u8]) -> Result<Converted, PdfError> {
    let head = &bytes[..bytes.len().min(1024)];
    if memchr::memmem::find(head, b"%PDF").is_none() {
        return Err(PdfError::Damaged("not a PDF (no %PDF header)".into()));
    }
    check_streams(bytes)?;
    let owned = bytes.to_vec();
    let (send, receive) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("steppe-pdf".into())
        .stack_size(64 * 1024 * 1024)
        .spawn(move || {
            let _ = send.send(extract_quietly(&owned));
        });
    if let Err(err) = spawned {
        return Err(PdfError::Damaged(format!(
            "cannot start a reader thread: {err}"
        )));
    }
    let extracted = match receive.recv_timeout(TIME_LIMIT) {
        Ok(result) => result?,
        // The thread is left to finish on its own; its result is dropped.
        Err(mpsc::RecvTimeoutError::Timeout) => return Err(PdfError::TooSlow),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            return Err(PdfError::Damaged("the reader stopped".into()))
        }
    };
    let chars: usize = extracted
        .pages
        .iter()
        .flatten()
        .map(|g| g.text.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    if chars < 16 * extracted.pages.len().max(1) {
        if memchr::memmem::rfind(bytes, b"/Encrypt").is_some() {
            return Err(PdfError::Encrypted);
        }
        return Err(PdfError::NoText);
    }
    Ok(rebuild(extracted))
}

// ---------------------------------------------------------------------------------------------
// Bounds before lopdf

/// Inflates every Flate stream with a cap, so that `lopdf` (which inflates without one) never
/// meets a stream that expands past [`MAX_STREAM_BYTES`], nor all of them past
/// [`MAX_EXPANDED_BYTES`].
fn check_streams(bytes: &[u8]) -> Result<(), PdfError> {
    let mut total: u64 = 0;
    for at in memchr::memmem::find_iter(bytes, b"stream") {
        let mut start = at + b"stream".len();
        if bytes.get(start) == Some(&b'\r') {
            start += 1;
        }
        if bytes.get(start) != Some(&b'\n') {
            continue;
        }
        start += 1;
        let rest = &bytes[start..];
        // The stream's dictionary: the text since the last "<<" before the keyword.
        let dict_from = at.saturating_sub(1024);
        let dict = &bytes[dict_from..at];
        let dict = memchr::memmem::rfind(dict, b"<<").map_or(dict, |d| &dict[d..]);
        if memchr::memmem::find(dict, b"/LZWDecode").is_some() {
            let early_change = memchr::memmem::find(dict, b"/EarlyChange 0").is_none();
            let expanded = lzw_expanded(rest, early_change);
            if expanded > MAX_STREAM_BYTES {
                return Err(PdfError::StreamTooLarge);
            }
            total += expanded;
            if total > MAX_EXPANDED_BYTES {
                return Err(PdfError::ExpandsTooMuch);
            }
            continue;
        }
        // A zlib header: CMF 0x78 and a check byte.
        if rest.len() < 2
            || rest[0] != 0x78
            || (u16::from(rest[0]) << 8 | u16::from(rest[1])) % 31 != 0
        {
            continue;
        }
        let mut decoder = flate2::read::ZlibDecoder::new(rest).take(MAX_STREAM_BYTES + 1);
        let expanded = std::io::copy(&mut decoder, &mut std::io::sink()).unwrap_or(0);
        if expanded > MAX_STREAM_BYTES {
            return Err(PdfError::StreamTooLarge);
        }
        total += expanded;
        if total > MAX_EXPANDED_BYTES {
            return Err(PdfError::ExpandsTooMuch);
        }
    }
    Ok(())
}

/// How many bytes an LZW stream (PDF's variant: MSB first, 8-bit symbols, early change unless
/// `/EarlyChange 0`) expands to, counted up to [`MAX_STREAM_BYTES`] + 1 and no further. The
/// stream runs to the end of `data` at most: its end-of-data code stops the decoder before.
fn lzw_expanded(data: &[u8], early_change: bool) -> u64 {
    use weezl::{decode::Decoder, BitOrder};
    /// A sink that counts and refuses past the cap, which ends the decoding.
    struct Capped(u64);
    impl std::io::Write for Capped {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len() as u64;
            if self.0 > MAX_STREAM_BYTES {
                return Err(std::io::Error::other("over the cap"));
            }
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut decoder = if early_change {
        Decoder::with_tiff_size_switch(BitOrder::Msb, 8)
    } else {
        Decoder::new(BitOrder::Msb, 8)
    };
    let mut sink = Capped(0);
    // A decoding error (garbage after the stream's end code, or a broken stream) ends the count:
    // lopdf then meets no more than was counted.
    let _ = decoder.into_stream(&mut sink).decode_all(data);
    sink.0
}

thread_local! {
    /// Set while the PDF crates run: their panics are caught and reported, not printed.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Installs (once) a panic hook that stays silent on threads reading a PDF and defers to the
/// hook before it everywhere else.
fn quiet_panics() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

fn extract_quietly(bytes: &[u8]) -> Result<Extracted, PdfError> {
    quiet_panics();
    QUIET.with(|q| q.set(true));
    let result = std::panic::catch_unwind(|| extract(bytes));
    QUIET.with(|q| q.set(false));
    match result {
        Ok(result) => result,
        Err(panic) => {
            let reason = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unreadable content".into());
            let reason: String = crate::text::normalize_whitespace(&reason)
                .chars()
                .take(120)
                .collect();
            Err(PdfError::Damaged(format!(
                "cannot extract its text ({reason})"
            )))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Extraction

/// One glyph (or run of glyphs pdf-extract reports at once) in page space, y down from the top.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
}

#[derive(Debug, Default)]
struct Extracted {
    pages: Vec<Vec<Glyph>>,
    info_title: Option<String>,
    info_date: Option<String>,
}

struct Collector {
    pages: Vec<Vec<Glyph>>,
    /// Page height: PDF y counts up from the bottom, lines are read from the top.
    height: f64,
    glyphs: usize,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.pages.push(Vec::new());
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        self.glyphs += 1;
        if self.glyphs > MAX_GLYPHS {
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        // The font size scaled by the text matrix (as pdf-extract's own text output does).
        let scaled_x = font_size * trm.m11 + font_size * trm.m21;
        let scaled_y = font_size * trm.m12 + font_size * trm.m22;
        let size = (scaled_x * scaled_y).abs().sqrt();
        let (x, y) = (trm.m31, self.height - trm.m32);
        if !(x.is_finite() && y.is_finite() && size.is_finite()) {
            return Ok(());
        }
        if let Some(page) = self.pages.last_mut() {
            page.push(Glyph {
                x,
                y,
                end: x + width * size,
                size,
                text: text.to_string(),
            });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

fn extract(bytes: &[u8]) -> Result<Extracted, PdfError> {
    // lopdf may open an encrypted file without its objects; the trailer's /Encrypt tells.
    let encrypted = memchr::memmem::rfind(bytes, b"/Encrypt").is_some();
    let mut doc = pdf_extract::Document::load_mem(bytes).map_err(|err| {
        if encrypted {
            PdfError::Encrypted
        } else {
            PdfError::Damaged(short(&err.to_string()))
        }
    })?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(PdfError::Encrypted);
    }
    let pages = doc.get_pages().len();
    if pages == 0 && encrypted {
        return Err(PdfError::Encrypted);
    }
    if pages > MAX_PAGES {
        return Err(PdfError::TooManyPages(pages));
    }
    if pages == 0 {
        return Err(PdfError::Damaged("no pages".into()));
    }
    let mut collector = Collector {
        pages: Vec::new(),
        height: 0.0,
        glyphs: 0,
    };
    if let Err(err) = pdf_extract::output_doc(&doc, &mut collector) {
        if collector.glyphs > MAX_GLYPHS {
            return Err(PdfError::TooMuchText);
        }
        if encrypted {
            return Err(PdfError::Encrypted);
        }
        return Err(PdfError::Damaged(short(&format!("{err:?}"))));
    }
    let (info_title, info_date) = info(&doc);
    Ok(Extracted {
        pages: collector.pages,
        info_title,
        info_date,
    })
}

fn short(message: &str) -> String {
    crate::text::normalize_whitespace(message)
        .chars()
        .take(120)
        .collect()
}

/// Title and creation date from the document information dictionary.
fn info(doc: &pdf_extract::Document) -> (Option<String>, Option<String>) {
    let Ok(info) = doc.trailer.get(b"Info") else {
        return (None, None);
    };
    let dict = match info {
        pdf_extract::Object::Reference(id) => doc.get_dictionary(*id).ok(),
        pdf_extract::Object::Dictionary(d) => Some(d),
        _ => None,
    };
    let Some(dict) = dict else {
        return (None, None);
    };
    let text = |key: &[u8]| -> Option<String> {
        match dict.get(key).ok()? {
            pdf_extract::Object::String(bytes, _) => Some(pdf_string(bytes)),
            _ => None,
        }
    };
    let title = text(b"Title")
        .map(|t| crate::text::normalize_whitespace(&t))
        .filter(|t| is_sane_title(t));
    let date = text(b"CreationDate").and_then(|d| iso_date(&d));
    (title, date)
}

/// A PDF text string: UTF-16BE with a byte order mark, else PDFDocEncoding (Latin-1 here).
fn pdf_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units = rest
            .chunks_exact(2)
            .map(|p| u16::from_be_bytes([p[0], p[1]]));
        return char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Titles that word processors leave behind ("Microsoft Word - draft3.docx") are no titles.
fn is_sane_title(title: &str) -> bool {
    let folded = crate::text::fold(title);
    title.split_whitespace().count() >= 3
        && !folded.starts_with("microsoft")
        && ![".doc", ".docx", ".pdf", ".odt", ".rtf"]
            .iter()
            .any(|ext| folded.ends_with(ext))
}

// ---------------------------------------------------------------------------------------------
// Lines

/// A line of text on a page.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    /// Baseline, down from the top of the page.
    y: f64,

    right: f64,
    /// The size most of its characters have.
    size: f64,
    /// 0 on a page of one column (or a line across the page), 1 and 2 for the left and right
    /// columns of a two-column page.
    column: u8,
}

/// Groups a page's glyphs into lines, top to bottom; superscript digits become `[^n]`.
/// A page's lines in reading order, and the gutter between its two columns if it has them.
/// `previous` is the gutter of the page before: a short last page whose columns were
/// balanced (two lines side by side) has too few lines to show its own.
fn page_lines(glyphs: &[Glyph], previous: Option<(f64, f64)>) -> (Vec<Line>, Option<(f64, f64)>) {
    let mut sorted: Vec<&Glyph> = glyphs.iter().filter(|g| g.size > 0.0).collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut groups: Vec<Vec<&Glyph>> = Vec::new();
    let mut baseline = f64::NEG_INFINITY;
    let mut line_size: f64 = 0.0;
    for glyph in sorted {
        let tolerance = 0.5 * glyph.size.max(line_size);
        match groups.last_mut() {
            Some(group) if (glyph.y - baseline).abs() <= tolerance => {
                if glyph.size >= line_size {
                    baseline = glyph.y;
                    line_size = glyph.size;
                }
                group.push(glyph);
            }
            _ => {
                baseline = glyph.y;
                line_size = glyph.size;
                groups.push(vec![glyph]);
            }
        }
    }
    let found = gutter(&groups).or_else(|| {
        previous.filter(|&(start, end)| {
            let crossed = groups
                .iter()
                .flatten()
                .any(|c| c.x < end && c.end > start && !c.text.trim().is_empty());
            let two_sided = groups
                .iter()
                .any(|g| g.iter().any(|c| c.end <= start) && g.iter().any(|c| c.x >= end));
            !crossed && two_sided
        })
    });
    let Some((gutter_start, gutter_end)) = found else {
        return (groups.into_iter().filter_map(line_of).collect(), None);
    };
    // Two columns: each baseline group that does not cross the gutter is cut in two; between
    // lines that span the page (a title, a centred page number), the left column is read
    // before the right one. Lines below the last right-column line (a footer at the left)
    // come after both.
    let last_right = groups
        .iter()
        .rposition(|g| g.iter().any(|c| c.x >= gutter_end));
    let mut out = Vec::new();
    let (mut left, mut right): (Vec<Line>, Vec<Line>) = (Vec::new(), Vec::new());
    for (i, group) in groups.into_iter().enumerate() {
        let crosses = group
            .iter()
            .any(|c| c.x < gutter_end && c.end > gutter_start && !c.text.trim().is_empty());
        if crosses || last_right.is_none_or(|last| i > last) {
            out.append(&mut left);
            out.append(&mut right);
            out.extend(line_of(group));
            continue;
        }
        let (l, r): (Vec<&Glyph>, Vec<&Glyph>) =
            group.into_iter().partition(|c| c.x < gutter_start);
        left.extend(line_of(l).map(|line| Line { column: 1, ..line }));
        right.extend(line_of(r).map(|line| Line { column: 2, ..line }));
    }
    out.append(&mut left);
    out.append(&mut right);
    (out, found)
}

/// The empty vertical band between two columns of text, if the page has one: an x range in
/// the middle half of the text that almost no line covers, with text on both sides of it on
/// many lines.
fn gutter(groups: &[Vec<&Glyph>]) -> Option<(f64, f64)> {
    const BIN: f64 = 2.0;
    let left = groups
        .iter()
        .flatten()
        .map(|g| g.x)
        .fold(f64::INFINITY, f64::min);
    let right = groups
        .iter()
        .flatten()
        .map(|g| g.end)
        .fold(f64::NEG_INFINITY, f64::max);
    if groups.len() < 8 || !(right - left).is_finite() || right - left < 100.0 {
        return None;
    }
    let bins = (((right - left) / BIN).ceil() as usize).min(2_000);
    let mut covered = vec![0usize; bins + 1];
    for group in groups {
        let mut marks = vec![false; bins + 1];
        for g in group.iter().filter(|g| !g.text.trim().is_empty()) {
            let a = (((g.x - left) / BIN).floor().max(0.0) as usize).min(bins);
            let b = (((g.end - left) / BIN).ceil().max(0.0) as usize).min(bins);
            for mark in &mut marks[a..=b.max(a)] {
                *mark = true;
            }
        }
        for (count, mark) in covered.iter_mut().zip(&marks) {
            *count += usize::from(*mark);
        }
    }
    let quiet = groups.len() / 20;
    let (from, to) = (bins / 4, bins * 3 / 4);
    // The widest run of quiet bins in the middle half.
    let mut best: Option<(usize, usize)> = None;
    let mut run_start = None;
    for (i, &count) in covered.iter().enumerate().take(to + 1).skip(from) {
        if count <= quiet {
            let start = *run_start.get_or_insert(i);
            if best.is_none_or(|(a, b)| i + 1 - start > b - a) {
                best = Some((start, i + 1));
            }
        } else {
            run_start = None;
        }
    }
    let (a, b) = best?;
    let (start, end) = (left + a as f64 * BIN, left + b as f64 * BIN);
    if end - start < 8.0 {
        return None;
    }
    let two_sided = groups
        .iter()
        .filter(|g| g.iter().any(|c| c.end <= start) && g.iter().any(|c| c.x >= end))
        .count();
    (two_sided >= 5 && two_sided * 10 >= groups.len() * 3).then_some((start, end))
}

fn line_of(mut glyphs: Vec<&Glyph>) -> Option<Line> {
    glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    // The dominant size, by characters.
    let mut sizes: HashMap<i64, usize> = HashMap::new();
    for g in &glyphs {
        if !g.text.trim().is_empty() {
            *sizes.entry((g.size * 10.0).round() as i64).or_default() += g.text.chars().count();
        }
    }
    let size = sizes
        .iter()
        .max_by_key(|(size, count)| (**count, **size))
        .map(|(size, _)| *size as f64 / 10.0)?;
    let baseline = glyphs
        .iter()
        .filter(|g| (g.size - size).abs() < 0.05 * size)
        .map(|g| g.y)
        .fold(f64::NEG_INFINITY, f64::max);
    let mut text = String::new();
    let mut last_end: Option<f64> = None;
    let mut in_marker = false;
    for g in &glyphs {
        let raised = g.size < 0.85 * size && baseline - g.y > 0.15 * size;
        let is_marker = raised && g.text.chars().all(|c| c.is_ascii_digit());
        if let Some(end) = last_end {
            let gap = g.x > end + 0.15 * size.min(g.size.max(size * 0.6));
            let spaced = text.ends_with(' ') || g.text.starts_with(' ');
            let marker_goes_on = is_marker && in_marker;
            if gap && !spaced && !marker_goes_on {
                if in_marker {
                    text.push(']');
                    in_marker = false;
                }
                text.push(' ');
            }
        }
        if is_marker && !in_marker {
            text.push_str("[^");
            in_marker = true;
        } else if !is_marker && in_marker {
            text.push(']');
            in_marker = false;
        }
        text.push_str(&g.text);
        last_end = Some(g.end.max(g.x));
    }
    if in_marker {
        text.push(']');
    }
    let text = crate::text::normalize_whitespace(&text).replace("[^ ", "[^");
    if text.is_empty() {
        return None;
    }
    let right = glyphs
        .iter()
        .map(|g| g.end)
        .fold(f64::NEG_INFINITY, f64::max);
    Some(Line {
        text,
        y: baseline,
        right,
        size,
        column: 0,
    })
}

// ---------------------------------------------------------------------------------------------
// Rebuilding the document

/// Lines in the top and bottom bands looked at for running headers and footers.
const BAND_TOP: usize = 2;
const BAND_BOTTOM: usize = 3;

/// A line's running-header key: folded, digits as `#`.
fn chrome_key(text: &str) -> String {
    crate::text::fold(text)
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Page numbers and job numbers, chrome wherever they stand in a band.
fn is_page_furniture(text: &str) -> bool {
    let key = chrome_key(text);
    let key = key.as_str();
    let hashes_only = |s: &str| !s.is_empty() && s.chars().all(|c| c == '#');
    hashes_only(key)
        || key
            .strip_prefix("page ")
            .is_some_and(|r| hashes_only(r) || r.split(" of ").all(hashes_only))
        || key
            .strip_prefix("- ")
            .and_then(|r| r.strip_suffix(" -"))
            .is_some_and(hashes_only)
        || key.split('/').count() == 2 && key.split('/').all(hashes_only)
        || key.starts_with("ge.##-")
}

fn rebuild(extracted: Extracted) -> Converted {
    let mut last_gutter = None;
    let pages: Vec<Vec<Line>> = extracted
        .pages
        .iter()
        .map(|g| {
            let (lines, gutter) = page_lines(g, last_gutter);
            last_gutter = gutter.or(last_gutter);
            lines
        })
        .collect();
    let body_size = body_size(&pages);
    let mut chrome = Vec::new();

    // Running headers and footers: keys repeated in the bands of many pages.
    let mut seen: HashMap<String, HashSet<usize>> = HashMap::new();
    for (p, lines) in pages.iter().enumerate() {
        // Short lines only, and not footnotes ("Ibid." may well repeat at many page feet).
        let candidates = band(lines).filter(|l| {
            l.text.split_whitespace().count() <= 16
                && !(l.size < 0.9 * body_size && note_start(&l.text).is_some())
        });
        for line in candidates {
            seen.entry(chrome_key(&line.text)).or_default().insert(p);
        }
    }
    let min_pages = ((pages.len() as f64 * 0.4).ceil() as usize).max(2);
    let running: HashSet<&String> = seen
        .iter()
        .filter(|(_, on)| on.len() >= min_pages)
        .map(|(key, _)| key)
        .collect();

    let mut body: Vec<(usize, Line)> = Vec::new();
    let mut notes: Vec<(String, String)> = Vec::new();
    for (p, lines) in pages.into_iter().enumerate() {
        let count = lines.len();
        let mut kept = Vec::new();
        for (i, line) in lines.into_iter().enumerate() {
            let in_band = i < BAND_TOP || i + BAND_BOTTOM >= count;
            let is_title = p == 0 && line.size >= 1.3 * body_size;
            if in_band
                && !is_title
                && (is_page_furniture(&line.text) || running.contains(&chrome_key(&line.text)))
            {
                push_chrome(&mut chrome, &line.text);
            } else {
                kept.push(line);
            }
        }
        let footnotes_from = page_footnotes(&kept, body_size);
        for line in kept.drain(footnotes_from..) {
            match note_start(&line.text) {
                Some((label, text)) => notes.push((label, text)),
                None => {
                    if let Some((_, text)) = notes.last_mut() {
                        join_line(text, &line.text, &HashSet::new());
                    }
                }
            }
        }
        body.extend(kept.into_iter().map(|l| (p, l)));
    }

    let words = word_set(&body);
    let headings = heading_sizes(&body, body_size);
    let gap = typical_gap(&body);
    let column_right: [f64; 3] = [0, 1, 2].map(|c| typical_right(&body, body_size, c));
    let first_page_date = body
        .iter()
        .take_while(|(p, _)| *p == 0)
        .find_map(|(_, l)| crate::corpus::import::parse_date(&l.text));
    // "March 2025" on the cover: the month the report dates itself, more telling than the day
    // the PDF was made (kept when it falls in that month).
    let cover_month = body
        .iter()
        .take_while(|(p, _)| *p == 0)
        .take(12)
        .find_map(|(_, l)| crate::corpus::import::find_month_year(&l.text))
        .map(|month| match &extracted.info_date {
            Some(day) if day.starts_with(&month) => day.clone(),
            _ => month,
        });

    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous: Option<&(usize, Line)> = None;
    for entry in &body {
        let (page, line) = entry;
        let level = headings
            .iter()
            .position(|s| (s - line.size).abs() < 0.05 * s);
        let breaks = match previous {
            None => true,
            Some((prev_page, prev)) => {
                let size_change = (prev.size - line.size).abs() > 0.12 * body_size;
                let starts_item = starts_numbered(&line.text);
                let ended = ends_sentence(&prev.text);
                let short_prev =
                    prev.right < column_right[usize::from(prev.column.min(2))] - 2.5 * body_size;
                let prev_heading = headings.iter().any(|s| (s - prev.size).abs() < 0.05 * s);
                if prev_page != page || prev.column != line.column {
                    ended && !line.text.starts_with(char::is_lowercase)
                        || starts_item
                        || size_change
                } else {
                    let gap_here = line.y - prev.y;
                    // A heading set on two lines ("Closing the Space: Civil Society in" /
                    // "Tajikistan, 2020–2025") is one heading.
                    let heading_goes_on = prev_heading
                        && (prev.size - line.size).abs() < 0.05 * prev.size
                        && gap_here <= 1.5 * line.size
                        && !ends_sentence(&prev.text)
                        && !starts_item;
                    !heading_goes_on
                        && (size_change || starts_item || prev_heading || gap_here > gap * 1.3)
                        || (short_prev && (ended || !line.text.starts_with(char::is_lowercase)))
                }
            }
        };
        if breaks && !current.is_empty() {
            blocks.push(std::mem::take(&mut current));
        }
        if current.is_empty() {
            let first = line.text.split_whitespace().next().unwrap_or("");
            if symbol_bullet(first) {
                current.push_str("- ");
                current.push_str(line.text[first.len()..].trim_start());
                previous = Some(entry);
                continue;
            }
            if let Some(level) = level {
                current.push_str(&"#".repeat((level + 1).min(3)));
                current.push(' ');
            }
            current.push_str(&line.text);
        } else {
            join_line(&mut current, &line.text, &words);
        }
        previous = Some(entry);
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    if !notes.is_empty() {
        let definitions: Vec<String> = notes
            .iter()
            .map(|(label, text)| format!("[^{label}]: {text}"))
            .collect();
        blocks.push(definitions.join("\n"));
    }
    let title = extracted.info_title.or_else(|| {
        blocks
            .first()
            .and_then(|b| b.strip_prefix("# "))
            .map(str::to_string)
    });
    Converted {
        text: blocks.join("\n\n") + "\n",
        metadata: Metadata {
            title,
            date: first_page_date.or(cover_month).or(extracted.info_date),
            ..Metadata::default()
        },
        chrome,
    }
}

fn band(lines: &[Line]) -> impl Iterator<Item = &Line> {
    let count = lines.len();
    lines
        .iter()
        .enumerate()
        .filter(move |(i, _)| *i < BAND_TOP || i + BAND_BOTTOM >= count)
        .map(|(_, l)| l)
}

/// The size most of the document's characters have.
fn body_size(pages: &[Vec<Line>]) -> f64 {
    let mut sizes: HashMap<i64, usize> = HashMap::new();
    for line in pages.iter().flatten() {
        *sizes.entry((line.size * 10.0).round() as i64).or_default() += line.text.len();
    }
    sizes
        .into_iter()
        .max_by_key(|&(size, count)| (count, size))
        .map_or(10.0, |(size, _)| size as f64 / 10.0)
}

/// Where a page's footnotes start: the run of small-type lines at its foot whose first line
/// opens with a note number. `lines.len()` when there are none.
fn page_footnotes(lines: &[Line], body_size: f64) -> usize {
    let mut start = lines.len();
    while start > 0 && lines[start - 1].size < 0.9 * body_size {
        start -= 1;
    }
    // The first small line that opens a note.
    while start < lines.len() && note_start(&lines[start].text).is_none() {
        start += 1;
    }
    start
}

/// A footnote line's label and text: `[^3] text` (a raised number), `3 text`, `3. text`.
fn note_start(text: &str) -> Option<(String, String)> {
    if let Some(rest) = text.strip_prefix("[^") {
        let close = rest.find(']')?;
        let label = &rest[..close];
        return (!label.is_empty())
            .then(|| (label.to_string(), rest[close + 1..].trim().to_string()));
    }
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let after = &text[digits.len()..];
    let rest = after.trim_start_matches(['.', ')']);
    // "1 CCPR/C/SR.4101", "2. See …", or the number set tight against the note
    // ("1CCPR/C/SR.4101", as word processors lay out a note whose number is not raised).
    let glued = after.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '‘'));
    (rest.starts_with(' ') || glued)
        .then(|| (digits.clone(), rest.trim().to_string()))
        .filter(|(_, t)| !t.is_empty())
}

/// Paragraph openers: "22.", "(a)", "(iv)", "1)", bullets.
fn starts_numbered(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    if matches!(first, "•" | "-" | "–" | "▪" | "●" | "○" | "◦") || symbol_bullet(first)
    {
        return true;
    }
    if let Some(inner) = first.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        return !inner.is_empty()
            && inner.len() <= 4
            && inner.chars().all(|c| c.is_ascii_alphanumeric());
    }
    if let Some(number) = first.strip_suffix('.').or_else(|| first.strip_suffix(')')) {
        return !number.is_empty()
            && number.len() <= 3
            && number.chars().all(|c| c.is_ascii_digit())
            && text.split_whitespace().nth(1).is_some();
    }
    false
}

/// A bullet drawn from a symbol font: one character of Unicode's private use area (what word
/// processors' bullet fonts map to) or a common bullet sign.
fn symbol_bullet(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None)
        if ('\u{e000}'..='\u{f8ff}').contains(&c) || matches!(c, '➢' | '■' | '□' | '►' | '✓' | '❖'))
}

fn ends_sentence(text: &str) -> bool {
    let text = strip_trailing_marker(text);
    text.ends_with(['.', ':', ';', '!', '?', '”', '"', ')'])
}

fn strip_trailing_marker(text: &str) -> &str {
    match text.rfind("[^") {
        Some(at) if text.ends_with(']') => &text[..at],
        _ => text,
    }
}

/// Sizes of headings: larger than the body, largest first.
fn heading_sizes(body: &[(usize, Line)], body_size: f64) -> Vec<f64> {
    let mut sizes: Vec<f64> = Vec::new();
    for (_, line) in body {
        if line.size >= 1.15 * body_size && !sizes.iter().any(|s| (s - line.size).abs() < 0.05 * s)
        {
            sizes.push(line.size);
        }
    }
    sizes.sort_by(|a, b| b.total_cmp(a));
    sizes
}

/// The usual distance between two lines of a paragraph.
fn typical_gap(body: &[(usize, Line)]) -> f64 {
    let mut gaps: Vec<f64> = body
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[1].1.y - w[0].1.y)
        .filter(|g| *g > 0.0)
        .collect();
    if gaps.is_empty() {
        return 14.0;
    }
    gaps.sort_by(f64::total_cmp);
    gaps[gaps.len() / 4]
}

/// Where full lines of body text end, for lines of one column kind (see `Line::column`).
fn typical_right(body: &[(usize, Line)], body_size: f64, column: u8) -> f64 {
    let mut rights: Vec<f64> = body
        .iter()
        .filter(|(_, l)| l.column == column && (l.size - body_size).abs() < 0.05 * body_size)
        .map(|(_, l)| l.right)
        .collect();
    if rights.is_empty() {
        return f64::INFINITY;
    }
    rights.sort_by(f64::total_cmp);
    rights[rights.len() * 9 / 10]
}

/// Every word of the body (lowercase), to tell hyphenation from real hyphens.
fn word_set(body: &[(usize, Line)]) -> HashSet<String> {
    let mut words = HashSet::new();
    for (_, line) in body {
        for word in line.text.split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            if !word.is_empty() && !word.ends_with('-') {
                words.insert(word.to_lowercase());
            }
        }
    }
    words
}

/// Prefixes whose hyphen stays when nothing else in the document tells.
const HYPHEN_PREFIXES: &[&str] = &[
    "non", "self", "anti", "well", "cross", "semi", "quasi", "counter", "so",
];

/// Appends a line to a paragraph: a word hyphenated at the line end is joined ("ex-" +
/// "tremism" → "extremism") unless the document spells it with the hyphen elsewhere or the
/// first part is a prefix that keeps it ("non-" + "governmental").
fn join_line(paragraph: &mut String, line: &str, words: &HashSet<String>) {
    let ends_hyphen = paragraph.ends_with(['-', '\u{ad}', '\u{2010}'])
        && paragraph
            .chars()
            .rev()
            .nth(1)
            .is_some_and(char::is_alphabetic);
    let next_lower = line.starts_with(char::is_lowercase);
    if ends_hyphen && line.starts_with(char::is_uppercase) {
        // "Gorno-" / "Badakhshan": a hyphen before a capital is part of a name.
        paragraph.push_str(line);
        return;
    }
    if ends_hyphen && next_lower {
        let hyphen = paragraph.chars().next_back().map_or(1, char::len_utf8);
        let stem_start = paragraph[..paragraph.len() - hyphen]
            .rfind(|c: char| !c.is_alphanumeric())
            .map_or(0, |i| i + 1);
        let stem = paragraph[stem_start..paragraph.len() - hyphen].to_lowercase();
        let tail: String = line
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        let joined = format!("{stem}{tail}");
        let hyphenated = format!("{stem}-{tail}");
        let keep = !words.contains(&joined)
            && (words.contains(&hyphenated) || HYPHEN_PREFIXES.contains(&stem.as_str()));
        if !keep {
            paragraph.truncate(paragraph.len() - hyphen);
        } else if !paragraph.ends_with('-') {
            paragraph.truncate(paragraph.len() - hyphen);
            paragraph.push('-');
        }
        paragraph.push_str(line);
        return;
    }
    paragraph.push(' ');
    paragraph.push_str(line);
}

// ---------------------------------------------------------------------------------------------
// Writing simple PDFs (tests, benchmarks, fuzz seeds)

/// Writes simple PDFs: Helvetica text at given positions, optionally raised (superscripts),
/// optionally compressed. For tests and benchmarks; not a general PDF writer.
pub mod write {
    use std::io::Write;

    /// A run of text on a line.
    #[derive(Debug, Clone)]
    pub struct Run {
        pub text: String,
        pub size: f64,
        /// Raised above the baseline by this much (a footnote marker).
        pub rise: f64,
    }

    /// One line of a page: x and y from the bottom-left corner, as PDF counts.
    #[derive(Debug, Clone)]
    pub struct TextLine {
        pub x: f64,
        pub y: f64,
        pub runs: Vec<Run>,
    }

    impl TextLine {
        /// A line of plain text in one size.
        pub fn plain(x: f64, y: f64, size: f64, text: &str) -> Self {
            TextLine {
                x,
                y,
                runs: vec![Run {
                    text: text.to_string(),
                    size,
                    rise: 0.0,
                }],
            }
        }
    }

    /// Escapes a PDF literal string (Latin-1 text).
    fn literal(text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() + 2);
        out.push(b'(');
        for c in text.chars() {
            let byte = match c {
                '\u{2019}' => b'\'',
                '\u{201c}' | '\u{201d}' => b'"',
                '\u{2013}' | '\u{2014}' => b'-',
                c if (c as u32) < 256 => c as u8,
                _ => b'?',
            };
            if matches!(byte, b'(' | b')' | b'\\') {
                out.push(b'\\');
            }
            out.push(byte);
        }
        out.push(b')');
        out
    }

    /// The content stream of a page.
    fn content(lines: &[TextLine]) -> Vec<u8> {
        let mut out = Vec::new();
        for line in lines {
            let _ = write!(out, "BT {} {} Td ", line.x, line.y);
            for run in &line.runs {
                let _ = write!(out, "/F1 {} Tf {} Ts ", run.size, run.rise);
                out.extend(literal(&run.text));
                out.extend(b" Tj ");
            }
            out.extend(b"ET\n");
        }
        out
    }

    /// A PDF of A4 pages holding these lines; `compress` deflates the content streams;
    /// `title` goes in the document information.
    pub fn pdf(pages: &[Vec<TextLine>], title: Option<&str>, compress: bool) -> Vec<u8> {
        let mut objects: Vec<Vec<u8>> = Vec::new();
        // 1: catalog, 2: pages, 3: font, 4: info; then per page: page, content.
        let page_ids: Vec<usize> = (0..pages.len()).map(|i| 5 + 2 * i).collect();
        objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
        let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
        objects.push(
            format!(
                "<< /Type /Pages /Kids [{}] /Count {} >>",
                kids.join(" "),
                pages.len()
            )
            .into_bytes(),
        );
        objects.push(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
                .to_vec(),
        );
        let mut info = b"<< /Producer (steppe tests) /CreationDate (D:20210722101500Z)".to_vec();
        if let Some(title) = title {
            info.extend(b" /Title ");
            info.extend(literal(title));
        }
        info.extend(b" >>");
        objects.push(info);
        for (i, lines) in pages.iter().enumerate() {
            objects.push(
                format!(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
                     /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                    page_ids[i] + 1
                )
                .into_bytes(),
            );
            let raw = content(lines);
            let (data, filter) = if compress {
                let mut encoder =
                    flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
                let _ = encoder.write_all(&raw);
                (
                    encoder.finish().unwrap_or_default(),
                    " /Filter /FlateDecode",
                )
            } else {
                (raw, "")
            };
            let mut object = format!("<< /Length {}{filter} >>\nstream\n", data.len()).into_bytes();
            object.extend(data);
            object.extend(b"\nendstream");
            objects.push(object);
        }
        assemble(&objects, 4)
    }

    /// A report laid out on A4 pages the way UN documents are: `running` at the top of every
    /// page and the page number at its foot; `first_footer` (a job number) at the foot of page
    /// one; body text in 10 pt wrapped at about 88 characters, long words hyphenated at the line
    /// end; blocks starting with `# ` as 14 pt headings; `[^n]` in the text as raised markers
    /// whose notes (`notes`, by label) go at the foot of the page that cites them, in 8 pt;
    /// at most `lines_per_page` lines of text a page (50 fill an A4 page).
    pub fn report(
        blocks: &[String],
        notes: &[(String, String)],
        running: &str,
        first_footer: &str,
        lines_per_page: usize,
        compress: bool,
    ) -> Vec<u8> {
        const TOP: f64 = 770.0;
        let bottom = (TOP - 13.0 * lines_per_page as f64).max(110.0);
        const WIDTH: usize = 88;
        let mut pages: Vec<Vec<TextLine>> = Vec::new();
        let mut page: Vec<TextLine> = Vec::new();
        let mut page_notes: Vec<(String, String)> = Vec::new();
        let mut y = TOP;
        let finish = |page: &mut Vec<TextLine>,
                      page_notes: &mut Vec<(String, String)>,
                      pages: &mut Vec<Vec<TextLine>>| {
            let number = pages.len() + 1;
            page.push(TextLine::plain(72.0, 800.0, 9.0, running));
            let mut note_y = 40.0 + 12.0 * page_notes.len() as f64 + 20.0;
            for (label, text) in page_notes.drain(..) {
                page.push(TextLine {
                    x: 72.0,
                    y: note_y,
                    runs: vec![
                        Run {
                            text: label,
                            size: 5.0,
                            rise: 3.0,
                        },
                        Run {
                            text: format!(" {text}"),
                            size: 8.0,
                            rise: 0.0,
                        },
                    ],
                });
                note_y -= 12.0;
            }
            if number == 1 && !first_footer.is_empty() {
                page.push(TextLine::plain(72.0, 16.0, 8.0, first_footer));
            }
            page.push(TextLine::plain(290.0, 28.0, 9.0, &number.to_string()));
            pages.push(std::mem::take(page));
        };
        for block in blocks {
            let (heading, text) = match block.strip_prefix("# ") {
                Some(h) => (true, h),
                None => (false, block.as_str()),
            };
            let size = if heading { 14.0 } else { 10.0 };
            for line in wrap(text, WIDTH) {
                if y < bottom + 12.0 * page_notes.len() as f64 {
                    finish(&mut page, &mut page_notes, &mut pages);
                    y = TOP;
                }
                let mut runs = Vec::new();
                let mut rest = line.as_str();
                while let Some(at) = rest.find("[^") {
                    let Some(close) = rest[at..].find(']') else {
                        break;
                    };
                    let label = &rest[at + 2..at + close];
                    runs.push(Run {
                        text: rest[..at].to_string(),
                        size,
                        rise: 0.0,
                    });
                    runs.push(Run {
                        text: label.to_string(),
                        size: 6.0,
                        rise: 4.0,
                    });
                    if let Some((l, t)) = notes.iter().find(|(l, _)| l == label) {
                        page_notes.push((l.clone(), t.clone()));
                    }
                    rest = &rest[at + close + 1..];
                }
                runs.push(Run {
                    text: rest.to_string(),
                    size,
                    rise: 0.0,
                });
                page.push(TextLine { x: 72.0, y, runs });
                y -= if heading { 20.0 } else { 13.0 };
            }
            y -= 8.0;
        }
        if !page.is_empty() || pages.is_empty() {
            finish(&mut page, &mut page_notes, &mut pages);
        }
        pdf(&pages, None, compress)
    }

    /// Wraps text at `width` characters; a long word that would not fit is split with a hyphen.
    fn wrap(text: &str, width: usize) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let used = line.chars().count();
            let room = width.saturating_sub(used + 1);
            if used > 0 && word.chars().count() > room {
                let letters = word.chars().count();
                if letters >= 9 && room >= 5 && word.chars().all(char::is_alphabetic) {
                    let head: String = word.chars().take(room.min(letters - 4)).collect();
                    let tail: String = word.chars().skip(head.chars().count()).collect();
                    line.push(' ');
                    line.push_str(&head);
                    line.push('-');
                    lines.push(std::mem::take(&mut line));
                    line = tail;
                    continue;
                }
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// A PDF file from numbered objects (1-based in order), with its cross-reference table.
    pub fn assemble(objects: &[Vec<u8>], info: usize) -> Vec<u8> {
        let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, object) in objects.iter().enumerate() {
            offsets.push(out.len());
            let _ = writeln!(out, "{} 0 obj", i + 1);
            out.extend(object);
            out.extend(b"\nendobj\n");
        }
        let xref = out.len();
        let _ = write!(out, "xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
        for offset in offsets {
            let _ = writeln!(out, "{offset:010} 00000 n ");
        }
        let _ = write!(
            out,
            "trailer\n<< /Size {} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::write::{pdf, Run, TextLine};
    use super::*;

    fn run(text: &str, size: f64, rise: f64) -> Run {
        Run {
            text: text.into(),
            size,
            rise,
        }
    }

    #[test]
    fn hyphenated_line_ends_join_unless_the_document_keeps_the_hyphen() {
        let words: HashSet<String> = ["well-being".to_string()].into_iter().collect();
        let mut p = "laws against ex-".to_string();
        join_line(&mut p, "tremism are vague", &words);
        assert_eq!(p, "laws against extremism are vague");
        let mut p = "the well-".to_string();
        join_line(&mut p, "being of detainees", &words);
        assert_eq!(p, "the well-being of detainees");
        let mut p = "non-".to_string();
        join_line(&mut p, "governmental groups", &words);
        assert_eq!(p, "non-governmental groups");
        let mut p = "Kyrgyz-".to_string();
        join_line(&mut p, "Uzbek border", &words);
        // A hyphen before a capital joins two names.
        assert_eq!(p, "Kyrgyz-Uzbek border");
    }

    #[test]
    fn page_numbers_and_job_numbers_are_furniture() {
        for line in ["3", "Page 3 of 20", "- 12 -", "3/20", "GE.21-10234(E)"] {
            assert!(is_page_furniture(line), "{line}");
        }
        for line in ["22. The Committee", "2021", "CCPR/C/KAZ/CO/2"] {
            assert!(!is_page_furniture(line) || line == "2021", "{line}");
        }
    }

    const SENTENCES: [&str; 3] = [
        "The Committee welcomes the report of the State party.",
        "It regrets that the dialogue came late.",
        "It thanks the delegation for its answers.",
    ];

    #[test]
    fn a_page_with_a_raised_marker_and_a_footnote_converts() {
        let page = |n: usize| {
            vec![
                TextLine::plain(72.0, 800.0, 9.0, "CCPR/C/XYZ/CO/1"),
                TextLine {
                    x: 72.0,
                    y: 700.0,
                    runs: vec![
                        run(&format!("{n}. {}", SENTENCES[n - 1]), 10.0, 0.0),
                        run(&n.to_string(), 6.0, 4.0),
                    ],
                },
                TextLine::plain(
                    72.0,
                    80.0,
                    8.0,
                    &format!("{n} A note written for page {n}."),
                ),
                TextLine::plain(290.0, 40.0, 9.0, &format!("{}", n + 1)),
            ]
        };
        let pages = vec![page(1), page(2), page(3)];
        let converted = convert(&pdf(&pages, None, true)).unwrap();
        assert_eq!(
            converted.text,
            "1. The Committee welcomes the report of the State party.[^1]\n\n\
             2. It regrets that the dialogue came late.[^2]\n\n\
             3. It thanks the delegation for its answers.[^3]\n\n\
             [^1]: A note written for page 1.\n[^2]: A note written for page 2.\n\
             [^3]: A note written for page 3.\n"
        );
        assert_eq!(
            converted.chrome,
            [
                "CCPR/C/XYZ/CO/1",
                "2",
                "CCPR/C/XYZ/CO/1",
                "3",
                "CCPR/C/XYZ/CO/1",
                "4"
            ]
        );
    }

    #[test]
    fn junk_and_bombs_are_refused_with_a_reason() {
        assert!(matches!(convert(b"hello"), Err(PdfError::Damaged(_))));
        assert!(matches!(
            convert(b"%PDF-1.4\n1 0 obj\n<<"),
            Err(PdfError::Damaged(_))
        ));
        // One stream of zeros that expands past the cap.
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..=(MAX_STREAM_BYTES >> 20) {
            std::io::Write::write_all(&mut encoder, &zeros).unwrap();
        }
        let data = encoder.finish().unwrap();
        let mut bomb =
            b"%PDF-1.4\n1 0 obj\n<< /Length 1 /Filter /FlateDecode >>\nstream\n".to_vec();
        bomb.extend(data);
        bomb.extend(b"\nendstream\nendobj\n");
        assert_eq!(convert(&bomb), Err(PdfError::StreamTooLarge));
    }

    /// An LZW stream as PDFs write it (MSB first, 8-bit symbols, early change).
    fn lzw(data: &[u8]) -> Vec<u8> {
        let mut encoder = weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
        encoder.encode(data).unwrap()
    }

    #[test]
    fn lzw_streams_are_counted_and_a_bomb_is_refused() {
        // A small stream expands to exactly its text.
        let text = b"BT /F1 12 Tf (The State party should act.) Tj ET".repeat(50);
        assert_eq!(lzw_expanded(&lzw(&text), true), text.len() as u64);
        // Zeros that expand past the cap: refused before lopdf could inflate them whole.
        let zeros = vec![0u8; (MAX_STREAM_BYTES + (1 << 20)) as usize];
        let data = lzw(&zeros);
        assert!(data.len() < zeros.len() / 50, "{}", data.len());
        let mut bomb = b"%PDF-1.4\n1 0 obj\n<< /Length 1 /Filter /LZWDecode >>\nstream\n".to_vec();
        bomb.extend(data);
        bomb.extend(b"\nendstream\nendobj\n");
        assert_eq!(check_streams(&bomb), Err(PdfError::StreamTooLarge));
        assert_eq!(convert(&bomb), Err(PdfError::StreamTooLarge));
    }

    #[test]
    fn a_pdf_without_text_is_a_scan() {
        let pages = vec![vec![], vec![]];
        assert_eq!(convert(&pdf(&pages, None, false)), Err(PdfError::NoText));
    }
}
