//! Import speed (issue 3): parse + countries + themes of the built-in corpus, and of corpora
//! 10× and 100× larger built from the same reports with varied words, to show linear scaling.
//!
//! Run: `cargo bench --bench import`
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use steppe::corpus::import::{import, Input};
use steppe::corpus::{builtin, ImportRules};

fn main() {
    divan::main();
}

/// `copies` versions of every built-in report; each copy has every seventh word changed so no
/// two copies are the same text.
fn scaled_texts(copies: usize) -> Vec<(String, String)> {
    let mut out = Vec::with_capacity(copies * builtin::REPORTS.len());
    for copy in 0..copies {
        for report in builtin::REPORTS {
            let text = if copy == 0 {
                report.text.to_string()
            } else {
                report
                    .text
                    .split(' ')
                    .enumerate()
                    .map(|(i, w)| {
                        if i % 7 == 3 {
                            format!("{w}{copy}")
                        } else {
                            w.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            out.push((format!("{}-{copy}", report.name), text));
        }
    }
    out
}

fn import_all(texts: &[(String, String)], rules: &ImportRules) -> usize {
    let mut diagnostics = Vec::new();
    texts
        .iter()
        .map(|(id, text)| {
            import(
                &Input {
                    id,
                    source: id,
                    text,
                    markdown: false,
                    metadata: Default::default(),
                },
                rules,
                &mut diagnostics,
            )
            .sections
            .len()
        })
        .sum()
}

/// Import of the built-in texts × `copies` (5, 50 and 500 reports).
#[divan::bench(args = [1, 10, 100], sample_count = 20)]
fn import_corpus(bencher: divan::Bencher, copies: usize) {
    let rules = ImportRules::builtin();
    let texts = scaled_texts(copies);
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| import_all(divan::black_box(&texts), &rules));
}

/// The whole built-in load as the binary does it (rules parsed, metadata, import).
#[divan::bench(sample_count = 50)]
fn load_builtin_with_rules() -> usize {
    steppe::corpus::load_builtin().corpus.reports.len()
}

/// The built-in rules parsed as each `steppe` command that imports parses them (the three
/// rules files read, folded and indexed), without the process-wide shared copy.
#[divan::bench(sample_count = 50)]
fn parse_rules() -> usize {
    ImportRules::parse(
        builtin::IMPORT_RULES,
        builtin::GAZETTEER,
        builtin::THEMES,
        "builtin",
    )
    .unwrap()
    .gazetteer
    .countries
    .len()
}

/// Baseline in the same run: only splitting the built-in text into lines and folding it, the
/// least any importer must do.
#[divan::bench(sample_count = 50)]
fn baseline_fold_only() -> usize {
    builtin::REPORTS
        .iter()
        .map(|r| {
            r.text
                .lines()
                .map(|l| steppe::text::fold(l).len())
                .sum::<usize>()
        })
        .sum()
}

/// Paragraphs of the built-in reports, repeated with varied words until they hold `bytes`.
fn paragraphs(bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    'fill: for copy in 0.. {
        for report in builtin::REPORTS {
            for block in report.text.split("\n\n") {
                let block = steppe::text::normalize_whitespace(block);
                if block.is_empty() {
                    continue;
                }
                total += block.len();
                out.push(if copy == 0 {
                    block
                } else {
                    format!("{block} ({copy})")
                });
                if total >= bytes {
                    break 'fill;
                }
            }
        }
    }
    out
}

/// A saved web page of about 200 KB: the built-in reports' paragraphs in an article, with a
/// menu of 300 links, a sidebar and a footer around it.
fn page_200kb() -> String {
    let menu: String = (0..300)
        .map(|i| format!("<li><a href=\"/p{i}\">Section {i}</a></li>"))
        .collect();
    let body: String = paragraphs(190_000)
        .iter()
        .map(|p| format!("<p>{}</p>\n", p.replace('&', "&amp;").replace('<', "&lt;")))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>A long report | Example</title></head><body>\
         <nav><ul>{menu}</ul></nav><main><article><h1>A long report</h1>{body}</article>\
         <aside class=\"related\"><p>Related: other reports</p></aside></main>\
         <footer><p>Footer text</p></footer></body></html>"
    )
}

/// A 20-page PDF laid out like a UN document (running header, page numbers, job number).
fn pdf_20_pages() -> Vec<u8> {
    let mut blocks = vec!["# A long report".to_string()];
    blocks.extend(paragraphs(80_000));
    steppe::corpus::formats::pdf::write::report(
        &blocks,
        &[],
        "CCPR/C/XYZ/CO/1",
        "GE.24-00001(E)",
        50,
        true,
    )
}

fn convert_and_import(text: &str, rules: &ImportRules) -> usize {
    let mut diagnostics = Vec::new();
    import(
        &Input {
            id: "bench",
            source: "bench",
            text,
            markdown: true,
            metadata: Default::default(),
        },
        rules,
        &mut diagnostics,
    )
    .sections
    .len()
}

/// Baseline for the page: the same paragraphs as a text file, imported.
#[divan::bench(sample_count = 20)]
fn text_200kb(bencher: divan::Bencher) {
    let rules = ImportRules::builtin();
    let text = paragraphs(190_000).join("\n\n");
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| convert_and_import(divan::black_box(&text), &rules));
}

/// Baseline for the PDF: the same paragraphs as a text file, imported.
#[divan::bench(sample_count = 20)]
fn text_80kb(bencher: divan::Bencher) {
    let rules = ImportRules::builtin();
    let text = paragraphs(80_000).join("\n\n");
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| convert_and_import(divan::black_box(&text), &rules));
}

/// A 200 KB saved page: parse, find the article, Markdown, import.
#[divan::bench(sample_count = 20)]
fn html_page_200kb(bencher: divan::Bencher) {
    let rules = ImportRules::builtin();
    let page = page_200kb();
    bencher
        .counter(divan::counter::BytesCount::new(page.len()))
        .bench(|| {
            let converted =
                steppe::corpus::formats::html::convert(divan::black_box(&page)).unwrap();
            convert_and_import(&converted.text, &rules)
        });
}

/// A 20-page PDF: inflate check, glyph extraction, lines, chrome, paragraphs, import.
#[divan::bench(sample_count = 10)]
fn pdf_20_pages_import(bencher: divan::Bencher) {
    let rules = ImportRules::builtin();
    let pdf = pdf_20_pages();
    let converted = steppe::corpus::formats::pdf::convert(&pdf).unwrap();
    assert!(converted.text.len() > 40_000, "{}", converted.text.len());
    let pages = pdf.windows(12).filter(|w| w == b"/Type /Page ").count();
    assert!((18..=30).contains(&pages), "{pages} pages");
    bencher
        .counter(divan::counter::BytesCount::new(pdf.len()))
        .bench(|| {
            let converted = steppe::corpus::formats::pdf::convert(divan::black_box(&pdf)).unwrap();
            convert_and_import(&converted.text, &rules)
        });
}
