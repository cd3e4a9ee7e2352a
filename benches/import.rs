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
