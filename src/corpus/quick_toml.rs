//! A fast reader for the plain TOML the rules files are written in (data/import.toml,
//! gazetteer.toml, themes.toml and a user's copies of them), used by
//! [`super::rules::parse_rules_toml`] before the `toml` crate.
//!
//! Every `steppe` command that imports reads the three rules files, and the `toml` crate spent
//! about 100 instructions per byte on them (a warm `steppe search` spent a quarter of its
//! instructions parsing rules; docs/performance.md). The files use a small part of TOML: comment
//! lines, bare keys, `[table]` and `[[array]]` headers with bare names, basic strings, decimal
//! integers and floats, booleans and arrays of these. [`parse`] reads that part into a
//! [`toml::Table`] in one pass and gives up (`None`) on anything else — an escape other than
//! the simple ones, a literal or multi-line string, a dotted or quoted key, an inline table, a
//! date, a number written another way, a key or table defined twice, a control character — so
//! the `toml` crate reads those files, and gives its error messages with their positions. A
//! file this reader accepts is read to the same table as the `toml` crate reads it (tested on
//! the built-in files and on each form).

use toml::{Table, Value};

/// The table of a TOML text written in the plain part of TOML described above, or `None`
/// when the text uses anything else (or is not valid TOML).
pub fn parse(text: &str) -> Option<Table> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        stack: Vec::new(),
    };
    let mut root = Table::new();
    // Where keys go: the root table, the table `[name]` or the last table of `[[name]]`.
    let mut current: Option<String> = None;
    // Names of the arrays of tables (`[[name]]`), which later `[[name]]` headers extend.
    let mut arrays: Vec<String> = Vec::new();
    loop {
        reader.skip_blank_lines()?;
        let Some(b) = reader.peek() else {
            break;
        };
        if b == b'[' {
            let array = reader.bytes.get(reader.at + 1) == Some(&b'[');
            reader.at += if array { 2 } else { 1 };
            reader.skip_spaces();
            let name = reader.bare_key()?;
            reader.skip_spaces();
            reader.expect(b']')?;
            if array {
                reader.expect(b']')?;
            }
            reader.end_of_line()?;
            if array {
                match root.get_mut(name) {
                    Some(Value::Array(tables)) if arrays.iter().any(|a| a == name) => {
                        tables.push(Value::Table(Table::new()));
                    }
                    Some(_) => return None,
                    None => {
                        root.insert(
                            name.to_string(),
                            Value::Array(vec![Value::Table(Table::new())]),
                        );
                        arrays.push(name.to_string());
                    }
                }
            } else {
                if root.contains_key(name) {
                    return None;
                }
                root.insert(name.to_string(), Value::Table(Table::new()));
            }
            current = Some(name.to_string());
            continue;
        }
        let key = reader.bare_key()?;
        reader.skip_spaces();
        reader.expect(b'=')?;
        reader.skip_spaces();
        let value = reader.value()?;
        reader.end_of_line()?;
        let table = match &current {
            None => &mut root,
            Some(name) => match root.get_mut(name)? {
                Value::Table(table) => table,
                Value::Array(tables) => match tables.last_mut()? {
                    Value::Table(table) => table,
                    _ => return None,
                },
                _ => return None,
            },
        };
        if table.insert(key.to_string(), value).is_some() {
            return None;
        }
    }
    Some(root)
}

/// Whether `bytes` hold a control character other than the tab (a comment or a string holding
/// one gives up), read eight bytes at a time: every byte of every string and comment of the
/// rules files is looked at, once per command.
fn has_control(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        // In each byte below 0x80 (the others are no control characters), its high bit set
        // when it is below a space and not a tab, or when it is DEL: with the high bits
        // cleared, no sum below carries into the next byte.
        let low = x & !HIGHS;
        let below_space = !(low + ONES * (0x80 - 0x20));
        let not_tab = (low ^ (ONES * u64::from(b'\t'))) + ONES * 0x7f;
        let delete = low + ONES;
        if (below_space & not_tab | delete) & !x & HIGHS != 0 {
            return true;
        }
    }
    chunks
        .remainder()
        .iter()
        .any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f)
}

/// A position in the text being read.
struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// The values of the arrays being read, innermost last (see [`Reader::value`]).
    stack: Vec<Value>,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Steps over `b`, or gives up.
    fn expect(&mut self, b: u8) -> Option<()> {
        (self.peek() == Some(b)).then(|| self.at += 1)
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// A comment to the end of its line (not the line end); control characters other than
    /// the tab give up.
    fn skip_comment(&mut self) -> Option<()> {
        if self.peek() != Some(b'#') {
            return Some(());
        }
        let rest = &self.bytes[self.at..];
        let end = memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len());
        if has_control(&rest[..end]) {
            return None;
        }
        self.at += end;
        Some(())
    }

    /// A line end (`\n` or `\r\n`); false at the end of the text; gives up on a lone `\r`.
    fn line_end(&mut self) -> Option<bool> {
        match self.peek() {
            Some(b'\n') => {
                self.at += 1;
                Some(true)
            }
            Some(b'\r') => {
                self.at += 1;
                self.expect(b'\n')?;
                Some(true)
            }
            _ => Some(false),
        }
    }

    /// Spaces, a comment and the line end after a header or a value: nothing else may follow
    /// on the line.
    fn end_of_line(&mut self) -> Option<()> {
        self.skip_spaces();
        self.skip_comment()?;
        if self.line_end()? || self.peek().is_none() {
            Some(())
        } else {
            None
        }
    }

    /// Blank lines and comment lines, up to the next line with something on it (between
    /// entries, and inside an array between its values). (Inlined: it runs between every two
    /// values of a word list, and a call there costs more than its work.)
    #[inline(always)]
    fn skip_blank_lines(&mut self) -> Option<()> {
        loop {
            self.skip_spaces();
            self.skip_comment()?;
            if !self.line_end()? {
                return Some(());
            }
        }
    }

    /// A bare key (ASCII letters, digits, `_` and `-`); a dotted or quoted key gives up.
    fn bare_key(&mut self) -> Option<&'a str> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }

    fn value(&mut self) -> Option<Value> {
        match self.peek()? {
            b'"' => self.string().map(Value::String),
            b'[' => {
                self.at += 1;
                // The array's values are read onto the reader's stack (above those of the
                // arrays it is in), and moved into an array of their exact number at its end:
                // a list of hundreds of words is not copied as it grows.
                let from = self.stack.len();
                loop {
                    self.skip_blank_lines()?;
                    if self.peek() == Some(b']') {
                        self.at += 1;
                        break;
                    }
                    let value = self.value()?;
                    self.stack.push(value);
                    self.skip_blank_lines()?;
                    match self.peek()? {
                        b',' => self.at += 1,
                        b']' => {
                            self.at += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
                Some(Value::Array(self.stack.drain(from..).collect()))
            }
            _ => self.scalar(),
        }
    }

    /// A basic string on one line, with the escapes `\"`, `\\`, `\n`, `\t`, `\r`, `\b` and
    /// `\f`; a multi-line string, another escape or a control character gives up.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        if self.peek() == Some(b'"') && self.bytes.get(self.at + 1) == Some(&b'"') {
            return None;
        }
        let mut out: Option<String> = None;
        loop {
            // The run of plain characters up to the closing quote or an escape.
            let run = self.at;
            let end = run + memchr::memchr2(b'"', b'\\', &self.bytes[run..])?;
            if has_control(&self.bytes[run..end]) {
                return None;
            }
            let text = &self.text[run..end];
            self.at = end + 1;
            if self.bytes[end] == b'"' {
                return Some(match out {
                    Some(mut out) => {
                        out.push_str(text);
                        out
                    }
                    None => text.to_string(),
                });
            }
            let out = out.get_or_insert_with(String::new);
            out.push_str(text);
            out.push(match self.peek()? {
                b'"' => '"',
                b'\\' => '\\',
                b'n' => '\n',
                b't' => '\t',
                b'r' => '\r',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                _ => return None,
            });
            self.at += 1;
        }
    }

    /// `true`, `false`, a decimal integer (`0`, `42`, `-7`) or a float with digits on both
    /// sides of its point (`0.55`, `-2.0`); any other form gives up.
    fn scalar(&mut self) -> Option<Value> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| !matches!(b, b' ' | b'\t' | b',' | b']' | b'#' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
        let token = &self.text[start..self.at];
        match token {
            "true" => return Some(Value::Boolean(true)),
            "false" => return Some(Value::Boolean(false)),
            _ => {}
        }
        let unsigned = token.strip_prefix(['-', '+']).unwrap_or(token).as_bytes();
        let (whole, fraction) = match unsigned.iter().position(|&b| b == b'.') {
            Some(dot) => (&unsigned[..dot], Some(&unsigned[dot + 1..])),
            None => (unsigned, None),
        };
        let digits = |d: &[u8]| !d.is_empty() && d.iter().all(u8::is_ascii_digit);
        // No leading zeros ("007" is not TOML).
        if !digits(whole) || (whole.len() > 1 && whole[0] == b'0') {
            return None;
        }
        match fraction {
            None => token.parse::<i64>().ok().map(Value::Integer),
            Some(f) if digits(f) => token.parse::<f64>().ok().map(Value::Float),
            Some(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{has_control, parse};
    use crate::corpus::builtin;

    /// The eight-byte test finds what the byte-by-byte one finds, at every place in a run.
    #[test]
    fn control_characters_found_in_every_lane() {
        let plain = |b: u8| (b < 0x20 && b != b'\t') || b == 0x7f;
        for len in 0..20 {
            for at in 0..len {
                for b in [
                    0u8, 1, 9, 10, 13, 0x1f, b' ', b'a', 0x7e, 0x7f, 0x80, 0xc3, 0xff,
                ] {
                    let mut bytes = vec![b'x'; len];
                    bytes[at] = b;
                    assert_eq!(
                        has_control(&bytes),
                        bytes.iter().any(|&c| plain(c)),
                        "{bytes:?}"
                    );
                }
            }
        }
        assert!(!has_control(
            "plain text, with a tab\there: «ok» ✓".as_bytes()
        ));
    }

    /// The table the `toml` crate reads from `text`.
    fn by_toml(text: &str) -> Option<toml::Table> {
        toml::from_str(text).ok()
    }

    #[test]
    fn the_builtin_rules_files_read_as_the_toml_crate_reads_them() {
        for (name, text) in [
            ("import.toml", builtin::IMPORT_RULES),
            ("gazetteer.toml", builtin::GAZETTEER),
            ("themes.toml", builtin::THEMES),
        ] {
            let quick = parse(text);
            assert!(quick.is_some(), "{name} is read by the fast path");
            assert_eq!(quick, by_toml(text), "{name}");
        }
    }

    #[test]
    fn each_form_reads_as_the_toml_crate_reads_it() {
        let text = "# comment\r\n\
                    a = \"x \\\"y\\\" \\\\ \\t z\" # after\n\
                    \tb = [ \"one\",\n  # inside\n  \"two\", ] \n\
                    c = [[1, -2], [0.5, -2.0], [true, false], []]\n\
                    [settings]\n\
                    n = 0\n\
                    f = 2.0\n\
                    [[theme]]\n\
                    id = \"a\"\n\
                    [[theme]]\n\
                    id = \"b\"\n\
                    words = [\"é\", \"中文\", \"©\"]";
        let quick = parse(text);
        assert!(quick.is_some());
        assert_eq!(quick, by_toml(text));
    }

    #[test]
    fn anything_else_is_left_to_the_toml_crate() {
        for text in [
            "a = 'literal'",
            "a = \"\"\"multi\nline\"\"\"",
            "a = \"\\u00e9\"",
            "a.b = 1",
            "\"a\" = 1",
            "a = { b = 1 }",
            "a = 1979-05-27",
            "a = 1_000",
            "a = 007",
            "a = 1e5",
            "a = .5",
            "a = 0x1f",
            "a = inf",
            "a = 1\na = 2",
            "[t]\n[t]",
            "a = [1]\n[[a]]",
            "[a.b]",
            "a = \"x\" b = 1",
            "a = \"tab\u{1}\"",
            "a = 1\r",
            "# bell \u{7}",
            "a = \"unterminated",
            "a = [1, 2",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
        // The `toml` crate reads some of these (with its messages for the others).
        assert!(by_toml("a = 'literal'").is_some());
        assert!(by_toml("a = 1\na = 2").is_none());
    }
}
