//! Text hygiene shared by the importer, search and the UI: removing control characters and escape
//! sequences from untrusted report text, normalising whitespace, folding text for matching, and
//! the one word wrapper ([`wrap`], [`wrap_ranges`]) and [`truncate`] by display width that the
//! CLI and the reader both use.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Makes untrusted text inert: removes ANSI/OSC/DCS escape sequences, C0 and C1 control
/// characters (tab and newline become spaces), bidi overrides and zero-width characters, and
/// turns NBSP and other odd spaces into plain spaces. The result never contains a character that
/// a terminal would interpret.
pub fn sanitize(input: &str) -> String {
    if is_sane(input) {
        return input.to_string();
    }
    sanitized(input)
}

/// [`sanitize`] of an owned string, returned as it is when there is nothing to remove.
pub fn sanitize_owned(input: String) -> String {
    if is_sane(&input) {
        return input;
    }
    sanitized(&input)
}

/// [`normalize_whitespace`] of an owned string, without copying one that is already clean.
pub fn normalize_whitespace_owned(input: String) -> String {
    collapse_whitespace_owned(sanitize_owned(input))
}

/// Whether sanitising would leave `input` as it is.
fn is_sane(input: &str) -> bool {
    // Runs of printable ASCII are passed over eight bytes at a time (after each character
    // outside ASCII too, not only at the start); other characters are decoded.
    let bytes = input.as_bytes();
    let mut i = 0;
    loop {
        i += printable_ascii_prefix(&bytes[i..]);
        let Some(&b) = bytes.get(i) else {
            return true;
        };
        // (An ASCII byte that ends a run is a control byte or DEL.)
        if b.is_ascii() {
            return false;
        }
        let (c, len) = char_at(input, i);
        if c.is_control() || needs_care(c) {
            return false;
        }
        i += len;
    }
}

fn sanitized(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars();
    loop {
        // Runs of printable ASCII (most of a line that needs care) are copied whole.
        let rest = chars.as_str();
        let run = printable_ascii_prefix(rest.as_bytes());
        if run > 0 {
            out.push_str(&rest[..run]);
            chars = rest[run..].chars();
        }
        let Some(c) = chars.next() else {
            break;
        };
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 introducers that start strings (DCS, SOS, OSC, PM, APC) or CSI.
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\t' | '\n' | '\r' => out.push(' '),
            c if is_invisible(c) => {}
            c if is_odd_space(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The next character of `chars`, not taken (the iterator is copied: what is left is always
/// `chars.as_str()`).
fn peek(chars: &std::str::Chars<'_>) -> Option<char> {
    chars.clone().next()
}

/// Non-ASCII characters that sanitising removes or replaces.
fn needs_care(c: char) -> bool {
    is_invisible(c) || is_odd_space(c)
}

/// True for characters that must never be printed: controls, bidi controls, zero-width marks.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
                | '\u{061c}'
                | '\u{00ad}'
                | '\u{fff9}'..='\u{fffb}'
        )
}

fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

fn skip_escape(chars: &mut std::str::Chars<'_>) {
    match peek(chars) {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => {
            chars.next();
            skip_string(chars);
        }
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            // nF sequence: intermediates then one final byte.
            while let Some(c) = peek(chars) {
                chars.next();
                if !('\u{20}'..='\u{2f}').contains(&c) {
                    break;
                }
            }
        }
        Some(c) if ('\u{30}'..='\u{7e}').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

/// Skips a CSI sequence's parameters and final byte.
fn skip_csi(chars: &mut std::str::Chars<'_>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) || c.is_control() {
            break;
        }
    }
}

/// Skips an OSC/DCS/PM/APC string up to BEL or ST (ESC \ or U+9C).
fn skip_string(chars: &mut std::str::Chars<'_>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if peek(chars) == Some('\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

/// Makes a string safe to print while keeping it recognisable: every character that
/// [`sanitize`] would remove or replace (controls, escape introducers, bidi controls, zero-width
/// and odd spaces) is written as a visible `\u{..}` escape instead. Used for file paths in
/// messages, where silently dropping characters would name a different file.
pub fn escape_invisible(input: &str) -> String {
    // Printable ASCII (most paths and names) holds nothing to escape: told byte by byte.
    let printable = input.bytes().all(|b| (b' '..=b'~').contains(&b));
    if printable || !input.chars().any(|c| is_invisible(c) || is_odd_space(c)) {
        return input.to_string();
    }
    let mut out = String::with_capacity(input.len() + 8);
    for c in input.chars() {
        if is_invisible(c) || is_odd_space(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// A path as shown in messages and in the `source` of a report: [`escape_invisible`] applied
/// to its display form, so a file name can never carry an escape sequence to the terminal.
pub fn shown_path(path: &std::path::Path) -> String {
    match path.to_str() {
        // (The display form of a path in UTF-8 is that text.)
        Some(text) => escape_invisible(text),
        None => escape_invisible(&path.display().to_string()),
    }
}

/// Sanitises and collapses runs of whitespace into single spaces, trimming both ends.
pub fn normalize_whitespace(input: &str) -> String {
    collapse_whitespace_owned(sanitize(input))
}

/// Folds one character for matching, appending the result to `out`: lowercase (full Unicode
/// case folding via `to_lowercase`), diacritics removed, curly quotes, dashes and odd spaces
/// made plain. Cyrillic stays Cyrillic (only its diacritics go: `й` → `и`).
pub fn fold_char_into(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{b4}' => {
            out.push('\'')
        }
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => {
            out.push('"')
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        // The Russian alphabet's letters without a diacritic, folded without the Unicode
        // tables (what the general arm below gives them: lower case, nothing to decompose).
        'а'..='и' | 'к'..='я' => out.push(c),
        'А'..='И' | 'К'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        c if is_odd_space(c) || c.is_whitespace() => out.push(' '),
        'ß' => out.push_str("ss"),
        'ı' => out.push('i'),
        'ø' | 'Ø' => out.push('o'),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'đ' | 'Đ' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for lower in c.to_lowercase() {
                for d in std::iter::once(lower).nfd() {
                    if !is_combining_mark(d) {
                        out.push(d);
                    }
                }
            }
        }
    }
}

/// Longest word [`with_ascii_lowercase`] lowercases on the stack.
const STACK_LOWERCASE_MAX_BYTES: usize = 32;

/// `f` of `s` lowercased as [`str::to_ascii_lowercase`] lowercases it: a word of up to
/// [`STACK_LOWERCASE_MAX_BYTES`] is lowercased into a buffer on the stack, not a new string (a
/// word compared with a list once, on every line, is not worth an allocation).
pub fn with_ascii_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; STACK_LOWERCASE_MAX_BYTES];
    if let Some(bytes) = buffer.get_mut(..s.len()) {
        bytes.copy_from_slice(s.as_bytes());
        bytes.make_ascii_lowercase();
        // (Lowercasing ASCII letters keeps the bytes UTF-8.)
        if let Ok(lower) = std::str::from_utf8(bytes) {
            return f(lower);
        }
    }
    f(&s.to_ascii_lowercase())
}

/// Folds a whole string for matching (see [`fold_char_into`]).
pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    fold_into(input, &mut out);
    out
}

/// Whether [`fold`] of [`normalize_whitespace`] leaves `input` as it is: printable ASCII
/// without capitals, one space between words and none at the ends (most rule strings, which
/// are then kept instead of copied twice).
pub fn is_plain_folded(input: &str) -> bool {
    let bytes = input.as_bytes();
    bytes.first().is_some_and(|&b| b != b' ')
        && bytes.last().is_some_and(|&b| b != b' ')
        && bytes
            .iter()
            .all(|&b| (0x20..0x7f).contains(&b) && !b.is_ascii_uppercase())
        && !bytes.windows(2).any(|w| w == b"  ")
}

/// A byte in every lane of an eight-byte block ([`block_at`]): `ONES * b` is `b` eight times.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// Each lane's high bit: the bit the block tests set per lane.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;
/// Each lane's seven low bits.
pub(crate) const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// The eight bytes of `bytes` from `i` as one number (the first byte in the lowest lane), or
/// `None` when fewer than eight are left. Scanners that pass over plain text eight bytes at a
/// time read their blocks with it and test every lane at once with [`ONES`], [`HIGHS`] and
/// [`LOWS`]: a lane's high bit set tells what the test found in that byte (the lowest set bit,
/// `trailing_zeros() / 8`, is the first such byte).
#[inline(always)]
pub(crate) fn block_at(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk: &[u8; 8] = bytes.get(i..i + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(*chunk))
}

/// What `text.split(char::from(byte))` gives, for an ASCII `byte`, each separator found with a
/// vector search (`str::split` looks for a `char` a byte at a time, a call per piece).
pub(crate) fn split_at_byte(text: &str, byte: u8) -> impl Iterator<Item = &str> {
    debug_assert!(byte.is_ascii());
    let mut from = 0;
    memchr::memchr_iter(byte, text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |at| {
            // (An ASCII byte is a character of its own: `from` and `at` are boundaries.)
            let piece = &text[from..at];
            from = at + 1;
            piece
        })
}

/// How many bytes of `bytes` are `byte`, read eight bytes at a time.
pub(crate) fn count_byte(bytes: &[u8], byte: u8) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = block_at(bytes, i) {
        // A lane is 0 exactly where the byte is; any other lane gets its high bit set (no
        // carry crosses lanes).
        let e = x ^ (ONES * u64::from(byte));
        let found = !(((e & LOWS) + LOWS) | e) & HIGHS;
        // (Each lane's bit moved to its lowest; multiplying sums the lanes into the top byte.)
        n += ((found >> 7).wrapping_mul(ONES) >> 56) as usize;
        i += 8;
    }
    n + bytes[i..].iter().filter(|&&b| b == byte).count()
}

/// The length of the run of ASCII bytes that starts `bytes`, read eight bytes at a time.
fn ascii_prefix(bytes: &[u8]) -> usize {
    let mut i = 0;
    while let Some(block) = block_at(bytes, i) {
        let high = block & HIGHS;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(u8::is_ascii) {
        i += 1;
    }
    i
}

/// [`fold`], appended to `out` (a buffer reused over many strings).
pub fn fold_into(input: &str, out: &mut String) {
    let mut rest = input;
    while !rest.is_empty() {
        // ASCII runs are copied and lowercased in one go.
        let ascii = ascii_prefix(rest.as_bytes());
        if ascii > 0 {
            let start = out.len();
            out.push_str(&rest[..ascii]);
            out[start..].make_ascii_lowercase();
            rest = &rest[ascii..];
            continue;
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            fold_char_into(c, out);
        }
        rest = chars.as_str();
    }
}

/// Whether `b` is an ASCII letter or digit (one table look-up: scanners call it per byte).
#[inline]
pub fn is_ascii_word_byte(b: u8) -> bool {
    const TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut i = 0;
        while i < 256 {
            table[i] = (i as u8).is_ascii_alphanumeric();
            i += 1;
        }
        table
    };
    TABLE[usize::from(b)]
}

/// The character starting at byte `i` of `text` (a char boundary) and its length in bytes: an
/// ASCII byte is read as it is, other characters are decoded (`(' ', 1)` past the end). For
/// scanners that walk a text byte by byte and need a whole character now and then.
pub fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => (b as char, 1),
        _ => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .map_or((' ', 1), |c| (c, c.len_utf8())),
    }
}

/// Whether the character at byte `i` of `text` (a char boundary outside ASCII) is whitespace,
/// and its length in bytes. Only a character whose lead byte can open whitespace
/// ([`WIDE_SPACE_LEADS`]) is decoded; any other is measured from its lead byte. For scanners
/// that read ASCII byte by byte and meet a character outside it now and then.
#[inline]
pub(crate) fn wide_space_at(text: &str, i: usize) -> (bool, usize) {
    match text.as_bytes().get(i) {
        Some(b) if WIDE_SPACE_LEADS.contains(b) => {
            let (c, len) = char_at(text, i);
            (c.is_whitespace(), len)
        }
        Some(&b) if b >= 0xf0 => (false, 4),
        Some(&b) if b >= 0xe0 => (false, 3),
        Some(&b) if b >= 0xc0 => (false, 2),
        _ => {
            let (c, len) = char_at(text, i);
            (c.is_whitespace(), len)
        }
    }
}

/// Collapses runs of whitespace into single spaces and trims, without sanitising (for text
/// that has been through [`sanitize`] already).
///
/// (Whitespace at the ends is trimmed first, which collapsing does anyway: an indented line
/// or a text after a label is then most often collapsed already, and copied as it is.)
pub fn collapse_whitespace(input: &str) -> String {
    let input = input.trim();
    if input.is_empty() || is_collapsed(input) {
        return input.to_string();
    }
    collapsed(input)
}

/// [`collapse_whitespace`], borrowing the text when it is already collapsed (most lines).
pub fn collapse_whitespace_cow(input: &str) -> std::borrow::Cow<'_, str> {
    let input = input.trim();
    if input.is_empty() || is_collapsed(input) {
        return std::borrow::Cow::Borrowed(input);
    }
    std::borrow::Cow::Owned(collapsed(input))
}

/// [`collapse_whitespace`] of an owned string, returned as it is when already collapsed.
pub fn collapse_whitespace_owned(input: String) -> String {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return String::new();
    }
    // (Read once: kept as it is when nothing was trimmed, copied when only the ends were.)
    if is_collapsed(trimmed) {
        if trimmed.len() == input.len() {
            return input;
        }
        return trimmed.to_string();
    }
    collapsed(trimmed)
}

/// The length of the run of printable ASCII bytes (0x20 to 0x7e) that starts `bytes`, read
/// eight bytes at a time.
fn printable_ascii_prefix(bytes: &[u8]) -> usize {
    let mut i = 0;
    while let Some(x) = block_at(bytes, i) {
        // A byte below 0x20, from 0x7f up (0x7f + 1 carries into the high bit), or with its
        // high bit set makes its lane's high bit set.
        let below_space = x.wrapping_sub(ONES * 0x20) & !x;
        let from_delete = x.wrapping_add(ONES);
        if (below_space | from_delete | x) & HIGHS != 0 {
            break;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|b| (0x20..0x7f).contains(b)) {
        i += 1;
    }
    i
}

/// Shortest text [`is_collapsed`] reads with vector searches (each search costs a set-up a
/// short line is not worth).
const COLLAPSED_SEARCH_MIN_BYTES: usize = 64;

/// The lead bytes of every whitespace character outside ASCII in UTF-8: U+0085 and U+00A0
/// (0xC2), U+1680 (0xE1), U+2000 to U+205F (0xE2) and U+3000 (0xE3).
const WIDE_SPACE_LEADS: [u8; 4] = [0xc2, 0xe1, 0xe2, 0xe3];

/// Whether `input` has single plain spaces between words and none at the ends (most lines).
/// A line of 64 bytes or more is searched (vector code of `memchr`) for two spaces in a row,
/// for each other ASCII whitespace byte and for the lead bytes of whitespace outside ASCII
/// (each character found there decoded); a shorter one is read byte by byte.
fn is_collapsed(input: &str) -> bool {
    let bytes = input.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    if first == b' ' || last == b' ' {
        return false;
    }
    if bytes.len() < COLLAPSED_SEARCH_MIN_BYTES {
        return is_collapsed_bytewise(input);
    }
    static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    let [c2, e1, e2, e3] = WIDE_SPACE_LEADS;
    DOUBLE_SPACE.find(bytes).is_none()
        && memchr::memchr3(b'\t', b'\n', b'\r', bytes).is_none()
        && memchr::memchr2(0x0b, 0x0c, bytes).is_none()
        && memchr::memchr3_iter(c2, e1, e2, bytes)
            .chain(memchr::memchr_iter(e3, bytes))
            .all(|i| !wide_space_at(input, i).0)
}

/// [`is_collapsed`] of a short line (no space at its ends): runs of printable ASCII are read
/// eight bytes at a time, and what they hold (two spaces in a row) is told once at the run's
/// end; an eight-byte block holding a control byte or a byte outside ASCII is read character
/// by character (other characters are decoded).
fn is_collapsed_bytewise(input: &str) -> bool {
    let bytes = input.as_bytes();
    // The lowest lane's high bit set when the byte before `i` is a space (the first byte is
    // none).
    let mut after_space = 0u64;
    let mut i = 0;
    while i < bytes.len() {
        // Blocks of printable ASCII: per lane (its high bit), a space after a space.
        let mut doubled = 0;
        while let Some(x) = block_at(bytes, i) {
            // A byte below 0x20 or from 0x80 up. (With no high bit set, no carry crosses a
            // lane; with one set, the block is read below whatever the sum says.)
            if (x | !x.wrapping_add(ONES * (0x80 - 0x20))) & HIGHS != 0 {
                break;
            }
            // A space: its lane is 0 after the XOR, and only 0 stays below 0x80 when 0x7f is
            // added.
            let space = !((x ^ (ONES * 0x20)) + LOWS) & HIGHS;
            doubled |= space & ((space << 8) | after_space);
            after_space = space >> 56;
            i += 8;
        }
        if doubled != 0 {
            return false;
        }
        // A block with a control byte or a character outside ASCII (or the last few bytes):
        // character by character, to the end of the block.
        let end = (i + 8).min(bytes.len());
        while i < end {
            let b = bytes[i];
            if b.is_ascii() {
                if b == b' ' {
                    if after_space != 0 {
                        return false;
                    }
                    after_space = 0x80;
                } else if matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
                    return false;
                } else {
                    after_space = 0;
                }
                i += 1;
            } else {
                let (space, len) = wide_space_at(input, i);
                if space {
                    return false;
                }
                after_space = 0;
                i += len;
            }
        }
    }
    // (The last byte is no space.)
    true
}

fn collapsed(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for word in input.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Folds a string and returns, for every byte of the folded string, the byte offset in `input`
/// of the character it came from, so that matches in folded text can be highlighted in the
/// original.
pub fn fold_with_offsets(input: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(input.len());
    let mut offsets = Vec::with_capacity(input.len());
    fold_with_offsets_into(input, &mut out, &mut offsets);
    (out, offsets)
}

/// [`fold_with_offsets`] into buffers reused over many strings (cleared first).
pub fn fold_with_offsets_into(input: &str, out: &mut String, offsets: &mut Vec<usize>) {
    out.clear();
    offsets.clear();
    out.reserve(input.len());
    offsets.reserve(input.len());
    let bytes = input.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Printable ASCII runs (found eight bytes at a time) are copied and lowercased in one
        // go, each byte at its own offset (as `fold_char_into` folds them).
        let run = printable_ascii_prefix(&bytes[at..]);
        if run > 0 {
            let start = out.len();
            out.push_str(&input[at..at + run]);
            out[start..].make_ascii_lowercase();
            offsets.extend(at..at + run);
            at += run;
            continue;
        }
        let (c, width) = char_at(input, at);
        if c.is_ascii() {
            // A control character (none is a letter): whitespace becomes a space.
            out.push(if c.is_whitespace() { ' ' } else { c });
            offsets.push(at);
        } else {
            let before = out.len();
            fold_char_into(c, out);
            offsets.extend(std::iter::repeat_n(at, out.len() - before));
        }
        at += width;
    }
}

/// "1 finding", "3 findings": a count with its noun (`noun` singular, English `-s` plural).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A URL-and-file-name-safe slug: lowercase ASCII letters, digits and single dashes.
pub fn slug(input: &str) -> String {
    let mut out = String::new();
    for c in fold(input).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Display width of a string in terminal cells.
pub fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// Byte ranges of `text` wrapped into lines of at most `max` cells (display width: curly quotes,
/// Cyrillic and wide characters measured with `unicode-width`), breaking at spaces; words longer
/// than a line are split. Spaces at a break are left out. Always at least one range.
pub fn wrap_ranges(text: &str, max: usize) -> Vec<std::ops::Range<usize>> {
    use unicode_width::UnicodeWidthChar;
    let max = max.max(1);
    let mut lines = Vec::new();
    // The open line: start, end (after its last word) and width.
    let mut line: Option<(usize, usize, usize)> = None;
    let mut at = 0;
    for word in text.split(' ') {
        let start = at;
        at += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let w = width(word);
        if let Some((line_start, _, line_width)) = line {
            if line_width + 1 + w <= max {
                line = Some((line_start, start + word.len(), line_width + 1 + w));
                continue;
            }
        }
        if let Some((s, e, _)) = line.take() {
            lines.push(s..e);
        }
        if w <= max {
            line = Some((start, start + word.len(), w));
            continue;
        }
        // A word longer than a line (an id, a URL): cut it after its last '-', '/', '.' or '_'
        // that fits, when that keeps at least half a line, otherwise by characters.
        let mut piece_start = start;
        let mut piece_width = 0;
        // Where the open piece may break: the byte after a separator, and the width before it.
        let mut soft_break: Option<(usize, usize)> = None;
        for (i, c) in word.char_indices() {
            let cw = c.width().unwrap_or(0);
            if piece_width + cw > max && piece_width > 0 {
                match soft_break.take() {
                    Some((at_byte, at_width)) if at_width * 2 >= max => {
                        lines.push(piece_start..at_byte);
                        piece_start = at_byte;
                        piece_width -= at_width;
                    }
                    _ => {
                        lines.push(piece_start..start + i);
                        piece_start = start + i;
                        piece_width = 0;
                    }
                }
            }
            piece_width += cw;
            if matches!(c, '-' | '/' | '.' | '_') {
                soft_break = Some((start + i + c.len_utf8(), piece_width));
            }
        }
        line = Some((piece_start, start + word.len(), piece_width));
    }
    match line {
        Some((s, e, _)) => lines.push(s..e),
        None if lines.is_empty() => lines.push(0..0),
        None => {}
    }
    lines
}

/// Wraps text into lines of at most `max` cells (see [`wrap_ranges`]).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    wrap_ranges(text, max)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

/// Cuts a string to at most `max` cells, ending with `ellipsis` (one cell wide) when cut.
pub fn truncate_with(s: &str, max: usize, ellipsis: char) -> String {
    use unicode_width::UnicodeWidthChar;
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > max {
            break;
        }
        out.push(c);
        used += cw;
    }
    if max > 0 {
        out.push(ellipsis);
    }
    out
}

/// Cuts a string to at most `max` cells, ending with `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    truncate_with(s, max, '…')
}

#[cfg(test)]
mod tests {
    #[test]
    fn russian_letters_fold_as_the_unicode_tables_fold_them() {
        use unicode_normalization::char::is_combining_mark;
        use unicode_normalization::UnicodeNormalization;
        for c in ('\u{400}'..='\u{44f}').chain(['ё', 'Ё', 'й', 'Й']) {
            let mut general = String::new();
            for lower in c.to_lowercase() {
                for d in std::iter::once(lower).nfd() {
                    if !is_combining_mark(d) {
                        general.push(d);
                    }
                }
            }
            let mut fast = String::new();
            super::fold_char_into(c, &mut fast);
            assert_eq!(fast, general, "{c}");
        }
    }

    #[test]
    fn split_at_byte_is_str_split() {
        for text in [
            "", " ", "a", "a b", " a  b ", "é b\nc", "\n\n", "x\r\ny\n", "«a» b",
        ] {
            for byte in [b' ', b'\n', b'\r'] {
                let ours: Vec<&str> = split_at_byte(text, byte).collect();
                let std: Vec<&str> = text.split(char::from(byte)).collect();
                assert_eq!(ours, std, "{text:?} at {byte}");
            }
        }
    }

    /// The checks `sanitize` and `collapse_whitespace` use to return a clean line as it is
    /// agree with the character-by-character definitions they replace, on lines that end,
    /// start or break an eight-byte block with each kind of character.
    #[test]
    fn fast_clean_checks_match_their_definitions() {
        let sane = |s: &str| {
            !s.chars()
                .any(|c| c.is_control() || (c as u32 >= 0x80 && needs_care(c)))
        };
        let collapsed = |s: &str| {
            let mut after_space = true;
            s.chars().all(|c| {
                let space = c.is_whitespace();
                let fine = !space || (c == ' ' && !after_space);
                after_space = space;
                fine
            }) && !after_space
        };
        let joined = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let pieces = [
            "", " ", "  ", "a", "word", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1}", "\u{7f}",
            "\u{85}", "\u{a0}", "\u{9b}", "\u{ad}", "\u{1680}", "\u{2009}", "\u{200b}", "\u{2019}",
            "\u{2028}", "\u{202f}", "\u{205f}", "\u{3000}", "\u{feff}", "é", "—",
        ];
        // (The last pad makes lines long enough to be searched rather than read byte by byte.)
        let long_pad = "abcdefgh ijk ".repeat(6);
        for a in pieces {
            for b in pieces {
                for pad in ["", "1234567", "abcdefgh ijk", &long_pad] {
                    let line = format!("{pad}{a}x{b}");
                    assert_eq!(is_sane(&line), sane(&line), "sane {line:?}");
                    assert_eq!(is_collapsed(&line), collapsed(&line), "collapsed {line:?}");
                    assert_eq!(super::collapsed(&line), joined(&line), "{line:?}");
                    assert_eq!(collapse_whitespace(&line), joined(&line), "{line:?}");
                    assert_eq!(collapse_whitespace_cow(&line), joined(&line), "{line:?}");
                    assert_eq!(collapse_whitespace_owned(line.clone()), joined(&line));
                    let line = format!("{a}{pad}{b}");
                    assert_eq!(is_sane(&line), sane(&line), "sane {line:?}");
                    assert_eq!(is_collapsed(&line), collapsed(&line), "collapsed {line:?}");
                    assert_eq!(super::collapsed(&line), joined(&line), "{line:?}");
                    for gap in ["  ", " \u{a0}", "\t\n", "\u{3000} "] {
                        let line = format!("{pad}{a}{gap}{b}{pad}{gap}");
                        assert_eq!(is_collapsed(&line), collapsed(&line), "collapsed {line:?}");
                        assert_eq!(super::collapsed(&line), joined(&line), "{line:?}");
                    }
                }
            }
        }
    }

    use super::*;

    /// `wide_space_at` tells every character as `char::is_whitespace` does, with its length.
    #[test]
    fn wide_space_at_agrees_with_is_whitespace() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("{c}x");
            assert_eq!(
                wide_space_at(&text, 0),
                (c.is_whitespace(), c.len_utf8()),
                "{c:?}"
            );
        }
    }

    /// `is_collapsed` looks for whitespace outside ASCII only at these lead bytes.
    #[test]
    fn every_wide_space_opens_with_a_known_lead_byte() {
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            if c.is_whitespace() {
                let mut buf = [0; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(WIDE_SPACE_LEADS.contains(&lead), "{c:?}");
            }
        }
    }

    #[test]
    fn the_ascii_prefix_ends_at_the_first_byte_outside_ascii() {
        for text in [
            "",
            "a",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "é",
            "abcdefgé",
            "abcdefghé x",
        ] {
            for shift in ["", "1", "12345", "1234567", "12345678"] {
                let text = format!("{shift}{text}");
                let want = text
                    .bytes()
                    .position(|b| !b.is_ascii())
                    .unwrap_or(text.len());
                assert_eq!(ascii_prefix(text.as_bytes()), want, "{text:?}");
            }
        }
    }

    #[test]
    fn count_byte_counts_as_a_filter_does() {
        for text in [
            "",
            " ",
            "a b",
            "  a  b  ",
            "abcdefgh",
            "abc defg hij",
            "é \u{a0} x  y \u{80}",
        ] {
            for shift in ["", "1 ", "12345", "1 3 5 7", "        "] {
                let text = format!("{shift}{text}{shift}");
                for byte in [b' ', b'a', 0xa0, 0x80, 0] {
                    let want = text.bytes().filter(|&b| b == byte).count();
                    assert_eq!(count_byte(text.as_bytes(), byte), want, "{text:?} {byte}");
                }
            }
        }
    }

    #[test]
    fn plain_folded_strings_are_what_folding_and_collapsing_give() {
        let cases = [
            "call on",
            "the state party",
            "it's up to",
            "(cc)",
            "a/hrc/",
            "@ # ~ ` ^",
            "x",
            "Call on",
            "call  on",
            " call on",
            "call on ",
            "",
            "état",
            "call\ton",
            "it’s up to",
            "ccpr/",
            "~`",
            "DROP",
        ];
        for s in cases {
            if is_plain_folded(s) {
                assert_eq!(fold(&normalize_whitespace(s)), s, "{s:?}");
            }
        }
        let plain: Vec<&str> = cases.into_iter().filter(|s| is_plain_folded(s)).collect();
        assert_eq!(
            plain,
            [
                "call on",
                "the state party",
                "it's up to",
                "(cc)",
                "a/hrc/",
                "@ # ~ ` ^",
                "x",
                "ccpr/",
                "~`"
            ]
        );
        // Every rule string of the built-in files.
        for text in [
            crate::corpus::builtin::IMPORT_RULES,
            crate::corpus::builtin::GAZETTEER,
            crate::corpus::builtin::THEMES,
        ] {
            for quoted in text.split('"').skip(1).step_by(2) {
                if is_plain_folded(quoted) {
                    assert_eq!(fold(&normalize_whitespace(quoted)), quoted);
                }
            }
        }
    }

    #[test]
    fn wraps_by_display_width() {
        let lines = wrap("“Иностранные агенты” law — repeal it now", 12);
        for line in &lines {
            assert!(width(line) <= 12, "{line:?}");
        }
        assert_eq!(lines.join(" "), "“Иностранные агенты” law — repeal it now");
        let wide = wrap("漢字漢字漢字", 5);
        assert_eq!(wide, ["漢字", "漢字", "漢字"]);
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(
            wrap("Stop targeting NGOs with punitive tax inspections", 20),
            ["Stop targeting NGOs", "with punitive tax", "inspections"]
        );
    }

    #[test]
    fn cuts_a_long_id_after_a_separator() {
        assert_eq!(
            wrap(
                "Id: hrw-2024-01-11-central-asia-renewed-engagement.0651f377",
                46
            ),
            [
                "Id:",
                "hrw-2024-01-11-central-asia-renewed-",
                "engagement.0651f377"
            ]
        );
        // No separator in the second half of the line: cut by characters.
        assert_eq!(wrap("a-bcdefghijkl", 6), ["a-bcde", "fghijk", "l"]);
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("Tajikistan", 20), "Tajikistan");
        assert_eq!(truncate("Tajikistan", 5), "Taji…");
        assert_eq!(truncate_with("Tajikistan", 5, '~'), "Taji~");
        assert_eq!(width(&truncate("漢字漢字", 5)), 5);
    }

    #[test]
    fn count_names_one_in_the_singular() {
        assert_eq!(count(0, "finding"), "0 findings");
        assert_eq!(count(1, "finding"), "1 finding");
        assert_eq!(count(12, "footnote"), "12 footnotes");
    }

    #[test]
    fn sanitize_removes_escape_sequences_and_controls() {
        let hostile = "a\u{1b}[31mred\u{1b}[0m b\u{1b}]52;c;aGVsbG8=\u{7} c\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\ d\u{1b}Pq#0\u{1b}\\ e\u{8}\u{202e}f\u{200b}g\u{9b}2Jh\r";
        let clean = sanitize(hostile);
        assert_eq!(clean, "ared b clink d efgh ");
        assert!(!clean.chars().any(|c| c.is_control()));
    }

    #[test]
    fn sanitize_reads_escapes_cut_short_and_copies_plain_runs() {
        // An escape at the end, an escape before an escape, a string ended by an escape that
        // is no terminator, an nF sequence; C1 strings, odd spaces and soft hyphens.
        assert_eq!(sanitize("a\u{1b}"), "a");
        assert_eq!(sanitize("\u{1b}\u{1b}[31mz"), "z");
        assert_eq!(sanitize("x\u{1b}]t\u{1b}y"), "xy");
        assert_eq!(sanitize("p\u{1b} !0q"), "pq");
        assert_eq!(sanitize("\u{9d}abc\u{9c}d\u{a0}e\u{ad}f\u{2028}"), "d ef ");
        assert_eq!(
            sanitize("plain text\tand Ünïcode"),
            "plain text and Ünïcode"
        );
    }

    #[test]
    fn fold_lowercases_strips_diacritics_and_keeps_cyrillic() {
        assert_eq!(fold("Ósh – “Gülen” ’s"), "osh - \"gulen\" 's");
        assert_eq!(fold("Қазақстан Йод"), "қазақстан иод");
        assert_eq!(fold("STRASSE Straße"), "strasse strasse");
    }

    #[test]
    fn fold_offsets_point_back_into_the_original() {
        let (folded, offsets) = fold_with_offsets("Gülen’s");
        assert_eq!(folded, "gulen's");
        assert_eq!(offsets.len(), folded.len());
        assert_eq!(offsets[2], 3); // 'l' after the two-byte 'ü'
        assert_eq!(offsets[5], 6); // the apostrophe
    }

    #[test]
    fn escape_invisible_keeps_paths_recognisable_and_inert() {
        assert_eq!(escape_invisible("plain/report.txt"), "plain/report.txt");
        assert_eq!(
            escape_invisible("evil\u{1b}[31m\u{202e}txt.md"),
            "evil\\u{1b}[31m\\u{202e}txt.md"
        );
        assert!(!escape_invisible("a\u{9b}b\u{200b}")
            .chars()
            .any(is_invisible));
        // A tab or DEL is outside printable ASCII, a no-break space is an odd space.
        assert_eq!(escape_invisible("a\tb\u{7f}"), "a\\u{9}b\\u{7f}");
        assert_eq!(escape_invisible("x\u{a0}y"), "x\\u{a0}y");
    }

    #[test]
    fn shown_paths_are_their_text_escaped_and_lossy_when_not_utf8() {
        use std::os::unix::ffi::OsStrExt;
        let plain = std::path::Path::new("/tmp/lib/report-1.txt");
        assert_eq!(shown_path(plain), "/tmp/lib/report-1.txt");
        let hidden = std::path::Path::new("/tmp/a\u{202e}b.txt");
        assert_eq!(shown_path(hidden), "/tmp/a\\u{202e}b.txt");
        let bytes = std::ffi::OsStr::from_bytes(b"/tmp/r\xff\x1b.txt");
        assert_eq!(
            shown_path(std::path::Path::new(bytes)),
            "/tmp/r\u{fffd}\\u{1b}.txt"
        );
    }

    #[test]
    fn slug_is_ascii_and_dashed() {
        assert_eq!(
            slug("Retreating Rights – Kazakhstan: Summary!"),
            "retreating-rights-kazakhstan-summary"
        );
    }
}
