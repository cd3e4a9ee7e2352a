//! A dependency-free fuzz loop in the ordinary test suite: random hostile inputs (escape
//! sequences, controls, bidi marks, Markdown and list syntax, footnote markers, broken bytes)
//! fed to the importer, the decoder, the metadata parser, `sanitize`/`fold` and the keymap
//! parser, checking properties that must hold for every input (no panic, no control or bidi
//! character in anything shown, consistent offsets and ids).
//!
//! A short run by default; a long one with `STEPPE_FUZZ_SECS=600 cargo test --test fuzz_loop --
//! --nocapture --test-threads=1` (set `STEPPE_FUZZ_SEED` to replay a failure: the seed is printed).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

#[path = "common/invariants.rs"]
mod invariants;

use invariants::{
    import_holds, keymap_holds, metadata_holds, repeated, rules_hold, shows_nothing_invisible,
};
use steppe::corpus::ImportRules;
use steppe::text::{fold_with_offsets, normalize_whitespace, sanitize};
use steppe::tui::Key;

/// xorshift64*: small, fast, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "\u{1b}[31m",
    "\u{1b}[0m",
    "\u{1b}[2J",
    "\u{1b}[10;10H",
    "\u{1b}]52;c;aGk=\u{7}",
    "\u{1b}]8;;http://x\u{1b}\\",
    "\u{1b}P1$q\u{1b}\\",
    "\u{1b}",
    "\u{1b}[",
    "\u{1b}]",
    "\u{9b}",
    "\u{9d}",
    "\u{90}",
    "\u{9c}",
    "\u{85}",
    "\u{7}",
    "\u{8}",
    "\r",
    "\u{0}",
    "\u{7f}",
    "\t",
    "\u{202e}",
    "\u{202c}",
    "\u{2066}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{ad}",
    "\u{a0}",
    "\u{2028}",
    "\u{fffd}",
    "\n",
    "\n",
    "\n\n",
    "\n\n",
    "  \u{2022} ",
    "- ",
    "* ",
    "o ",
    "1. ",
    "12) ",
    "(a) ",
    "# ",
    "## ",
    "> ",
    "**",
    "__",
    "*",
    "`",
    "[",
    "]",
    "(",
    ")",
    "](",
    "[^1]",
    "[1]",
    "[^1]: ",
    "[2] ",
    ":",
    ". ",
    " ",
    " ",
    " ",
    "Kazakhstan",
    "Uzbekistan",
    "Tajik",
    "the Government of",
    "should",
    "must",
    "Recommendations",
    "to the Government of",
    "Related Articles",
    "Share this",
    "Photo: ",
    "\u{a9}",
    "Ósh",
    "Қазақстан",
    "ß",
    "İ",
    "ﬃ",
    "\u{301}",
    "e\u{301}",
    "2021-07-22",
    "22 July 2021",
    "Article by ",
    "word",
    "NGOs",
    "bloggers",
    "title",
    "=",
    "\"",
    "'",
    "{",
    "}",
    "[global]",
    "[reader]",
    "ctrl-",
    "alt-",
    "shift-",
    "j",
    "pagedown",
    "move_down",
    "quit",
];

fn hostile(rng: &mut Rng) -> String {
    let len = rng.below(60);
    let mut s = String::new();
    for _ in 0..len {
        match rng.below(10) {
            0 => {
                // Any scalar value, biased to the low planes.
                let limit = [0x80, 0x800, 0x1_0000, 0x11_0000][rng.below(4)];
                if let Some(c) = char::from_u32(rng.below(limit) as u32) {
                    s.push(c);
                }
            }
            _ => s.push_str(TOKENS[rng.below(TOKENS.len())]),
        }
    }
    s
}

fn iterations() -> usize {
    std::env::var("STEPPE_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400)
}

/// Runs `check` on `iterations()` inputs, printing the seed and input of a failure.
fn fuzz(name: &str, mut check: impl FnMut(&mut Rng) -> Result<(), String>) {
    let seed = std::env::var("STEPPE_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_u64 ^ name.len() as u64);
    let mut rng = Rng(seed.max(1));
    // STEPPE_FUZZ_SECS: run for that long instead of a fixed number of iterations.
    let deadline = std::env::var("STEPPE_FUZZ_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(|secs| std::time::Instant::now() + std::time::Duration::from_secs(secs));
    let mut i = 0;
    while deadline.map_or(i < iterations(), |d| std::time::Instant::now() < d) {
        if let Err(message) = check(&mut rng) {
            panic!("{name}: iteration {i} (STEPPE_FUZZ_SEED={seed}): {message}");
        }
        i += 1;
    }
    eprintln!("{name}: {i} inputs, no failure");
}

#[test]
fn sanitize_and_fold_hold_their_properties() {
    fuzz("sanitize", |rng| {
        let input = hostile(rng);
        let clean = sanitize(&input);
        shows_nothing_invisible("sanitize", &clean, &input)?;
        if sanitize(&clean) != clean {
            return Err(format!("sanitize is not idempotent on {input:?}"));
        }
        let normal = normalize_whitespace(&input);
        shows_nothing_invisible("normalize_whitespace", &normal, &input)?;
        if normal.contains("  ") || normal.trim() != normal {
            return Err(format!("whitespace left in {normal:?}"));
        }
        let (folded, offsets) = fold_with_offsets(&clean);
        if offsets.len() != folded.len() || offsets.iter().any(|&o| !clean.is_char_boundary(o)) {
            return Err(format!("fold offsets broken for {clean:?}"));
        }
        Ok(())
    });
}

#[test]
fn the_importer_never_panics_and_shows_nothing_invisible() {
    let rules = ImportRules::builtin();
    fuzz("import", |rng| import_holds(&hostile(rng), &rules));
}

#[test]
fn decoding_arbitrary_bytes_never_panics() {
    fuzz("decode", |rng| {
        let mut bytes: Vec<u8> = hostile(rng).into_bytes();
        for _ in 0..rng.below(8) {
            let at = rng.below(bytes.len() + 1);
            bytes.insert(at, rng.next() as u8);
        }
        if rng.below(4) == 0 {
            bytes.splice(0..0, [[0xff, 0xfe], [0xfe, 0xff]][rng.below(2)]);
        }
        let mut diagnostics = Vec::new();
        if let Some(text) = steppe::corpus::decode(&bytes, "fuzz.txt", &mut diagnostics) {
            if text.contains('\0')
                && !bytes.starts_with(&[0xff, 0xfe])
                && !bytes.starts_with(&[0xfe, 0xff])
            {
                return Err(format!("NUL accepted in {bytes:?}"));
            }
        }
        Ok(())
    });
}

#[test]
fn the_metadata_parser_never_panics_and_cleans_values() {
    fuzz("metadata", |rng| {
        let junk = hostile(rng);
        let escaped: String = junk.chars().flat_map(char::escape_unicode).collect();
        let candidates = [
            junk.clone(),
            format!("title = \"{escaped}\"\ncountries = [\"{escaped}\"]\n"),
            format!("author = '''{junk}'''\ndate = \"{junk}\"\n"),
            // A folder index (SOURCES.md) with the junk in its cells.
            format!(
                "| file | title | publisher | date |\n|-|-|-|-|\n| a.txt | {junk} | {junk}; https://{junk} | {junk} |\n"
            ),
        ];
        for text in candidates {
            metadata_holds(&text)?;
        }
        Ok(())
    });
}

#[test]
fn the_keymap_parser_never_panics_and_errors_are_inert() {
    fuzz("keymap", |rng| {
        let junk = hostile(rng);
        let _ = junk.parse::<Key>();
        let escaped: String = junk.chars().flat_map(char::escape_unicode).collect();
        for text in [
            junk.clone(),
            format!("[global]\n\"{escaped}\" = \"move_down\"\n"),
            format!("[reader]\nj = \"{escaped}\"\n"),
        ] {
            keymap_holds(&text)?;
        }
        Ok(())
    });
}

/// Inputs of one shape repeated to about `bytes`: a prefix, then a unit many times. The shapes
/// that once made (or could make) a pass quadratic: an indent before many `*` (the Markdown
/// pass trimmed the line built so far at every `*`), unclosed links and footnote markers,
/// emphasis runs, headings, bullets, lead-ins, footnote definitions, table rows, country names.
pub fn repeated_shapes(bytes: usize) -> Vec<(String, String)> {
    let half = bytes / 2;
    let shapes: &[(&str, &str)] = &[
        ("", "*a"),
        ("", "[a"),
        ("", "[a]("),
        ("", "[^"),
        ("", "**a"),
        ("", "__"),
        ("", "`"),
        ("", "> "),
        ("", "# "),
        ("", "#\n"),
        ("", "- "),
        ("", "- a\n"),
        ("", "* a\n  "),
        ("", "1. "),
        ("", "\u{2022} "),
        ("", "[1]: "),
        ("", "a[1] "),
        ("", "[1] x\n"),
        ("", "|a"),
        ("", "|-|\n"),
        ("", "Kazakhstan "),
        ("", "The Government should:\n- a\n"),
        ("", "Recommendations\n\n"),
        ("", "a\n\n"),
        ("", " "),
    ];
    let mut out = Vec::new();
    for &(prefix, unit) in shapes {
        // Each unit alone, and after an indent as long as the rest of the line.
        for indent in [0, half] {
            let mut text = format!("Title\n\n{}{prefix}", " ".repeat(indent));
            while text.len() < bytes {
                text.push_str(unit);
            }
            out.push((format!("{indent} spaces, then {unit:?} repeated"), text));
        }
    }
    out
}

#[test]
fn import_stays_linear_for_repeated_shapes() {
    // A bounded guard, not a benchmark: any shape imports in well under the limit (a debug
    // build imports 100 KB in about a second at worst; the quadratic indent before `*a` took
    // 337 s).
    let rules = ImportRules::builtin();
    let limit = std::time::Duration::from_secs(8);
    // The shape of the bug at 100 KB (337 s before the fix), every shape at 50 KB.
    let mut shapes = repeated_shapes(100_000);
    shapes.truncate(2);
    shapes.extend(repeated_shapes(50_000));
    for (what, text) in shapes {
        for markdown in [true, false] {
            let started = std::time::Instant::now();
            let mut diagnostics = Vec::new();
            let report = steppe::corpus::import::import(
                &steppe::corpus::import::Input {
                    id: "shape",
                    source: "shape.md",
                    text: &text,
                    markdown,
                    metadata: Default::default(),
                },
                &rules,
                &mut diagnostics,
            );
            let took = started.elapsed();
            eprintln!("{what} (markdown {markdown}): {took:?}");
            assert!(
                took < limit,
                "{what} (markdown {markdown}): {took:?} for {} bytes, {} sections",
                text.len(),
                report.sections.len()
            );
        }
    }
}

#[test]
fn the_rule_files_never_panic_and_load_clean() {
    fuzz("rules", |rng| {
        let junk = hostile(rng);
        let escaped: String = junk.chars().flat_map(char::escape_unicode).collect();
        for text in [
            junk.clone(),
            format!("[[theme]]\nid = \"t\"\nlabel = \"{escaped}\"\nkeywords = [\"{escaped}\", \"x\"]\n"),
            format!("[[theme]]\nid = \"{escaped}\"\nlabel = \"L\"\nkeywords = [\"x\"]\n"),
            format!("[[country]]\nname = \"{escaped}\"\naliases = [\"{escaped}\"]\niso = [\"{escaped}\"]\n"),
            format!("[[country]]\nname = \"A\"\n[[region]]\nname = \"{escaped}\"\ncountries = [\"{escaped}\"]\n"),
        ] {
            rules_hold(&text)?;
        }
        Ok(())
    });
}

#[test]
fn hostile_inputs_repeated_into_long_shapes_import_cleanly() {
    // The cargo-fuzz target's shape expansion, a few times here: a random prefix and unit.
    let rules = ImportRules::builtin();
    let mut rng = Rng(0x5eed);
    for _ in 0..8 {
        let text = format!("{}|{}", hostile(&mut rng), hostile(&mut rng));
        import_holds(&repeated(&text, 16 * 1024), &rules).expect("holds");
    }
}

/// Tags and fragments hostile pages are made of.
const PAGE_PIECES: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<ul><li>",
    "</li></ul>",
    "<ol start=\"-3\"><li>",
    "<h1>",
    "</h1>",
    "<h3>",
    "<sup><a href=\"#fn1\">1</a></sup>",
    "<li id=\"fn99\">",
    "<table><tr><td>",
    "</td><td>",
    "</tr></table>",
    "<br>",
    "<blockquote>",
    "<nav>",
    "<footer>",
    "<header>",
    "<section class=\"footnotes\">",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "&amp;",
    "&#27;[31m",
    "&nbsp;",
    "&shy;",
    "<meta property=\"og:title\" content=\"",
    "<script type=\"application/ld+json\">{\"datePublished\":",
    "\">",
    "<time datetime=\"",
    "<a href=\"#_ftnref1\">[1]</a>",
    "<pre>",
    "<title>",
    " | ",
    "Kazakhstan should:",
];

#[test]
fn web_pages_of_random_tags_convert_and_import_cleanly() {
    let rules = ImportRules::builtin();
    fuzz("html", |rng| {
        let mut page = String::new();
        for _ in 0..rng.below(60) {
            if rng.below(3) == 0 {
                page.push_str(&hostile(rng));
            } else {
                page.push_str(PAGE_PIECES[rng.below(PAGE_PIECES.len())]);
            }
        }
        match steppe::corpus::formats::html::convert(&page) {
            Ok(converted) => {
                for line in &converted.chrome {
                    shows_nothing_invisible("chrome", line, &page)?;
                }
                import_holds(&converted.text, &rules)
            }
            Err(err) => Err(format!("a small page was refused: {err}")),
        }
    });
}

#[test]
fn damaged_pdfs_are_refused_or_read_never_a_panic() {
    use steppe::corpus::formats::pdf::{convert, write};
    let rules = ImportRules::builtin();
    let pages: Vec<Vec<write::TextLine>> = (0..3)
        .map(|p| {
            vec![
                write::TextLine::plain(72.0, 800.0, 9.0, "CCPR/C/XYZ/CO/1"),
                write::TextLine::plain(
                    72.0,
                    700.0,
                    10.0,
                    &format!("{p}. The Government of Kazakhstan should act."),
                ),
            ]
        })
        .collect();
    let plain = write::pdf(&pages, Some("A title of the test"), false);
    let packed = write::pdf(&pages, None, true);
    fuzz("pdf", |rng| {
        let mut bytes = if rng.below(2) == 0 {
            plain.clone()
        } else {
            packed.clone()
        };
        for _ in 0..1 + rng.below(6) {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => bytes[at] = rng.next() as u8,
                1 => bytes.truncate(at.max(10)),
                _ => bytes
                    .splice(at..at, hostile(rng).into_bytes().into_iter().take(40))
                    .for_each(drop),
            }
        }
        match convert(&bytes) {
            Ok(converted) => import_holds(&converted.text, &rules),
            Err(_) => Ok(()),
        }
    });
}
