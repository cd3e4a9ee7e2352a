//! The importer's fixture gallery (tests/fixtures/gallery, patterns in tests/fixtures/README.md):
//! one small text per structure real reports use, written in our own words. Each imports as its
//! committed `insta` snapshot (title, date, countries, every item with its kind, the evidence
//! that decided it, addressee and countries, and `steppe check`'s warnings), and the whole
//! gallery scores right against `truth.toml` with the scoring harness.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::{Path, PathBuf};

use serde::Serialize;
use steppe::corpus::score::{score, Summary, Truth};
use steppe::corpus::{load, ImportRules, Sources};
use steppe::Report;

fn gallery() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gallery")
}

fn import(path: &Path) -> (Report, Vec<steppe::Diagnostic>) {
    let loaded = load(
        &Sources {
            paths: vec![path.to_path_buf()],
            builtin: false,
        },
        &ImportRules::builtin(),
    )
    .expect("fixture loads");
    assert_eq!(loaded.corpus.reports.len(), 1, "{}", path.display());
    (loaded.corpus.reports[0].clone(), loaded.diagnostics)
}

#[derive(Serialize)]
struct Snapshot {
    title: String,
    date: Option<String>,
    countries: Vec<String>,
    sections: Vec<SnapshotSection>,
    /// `line: message`, without the machine-dependent path.
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct SnapshotSection {
    heading: Option<String>,
    items: Vec<SnapshotItem>,
}

#[derive(Serialize)]
struct SnapshotItem {
    kind: &'static str,
    why: Option<String>,
    addressee: Option<String>,
    countries: Vec<String>,
    text: String,
}

fn snapshot(report: &Report, diagnostics: &[steppe::Diagnostic]) -> Snapshot {
    Snapshot {
        title: report.title.clone(),
        date: report.date.clone(),
        countries: report.countries.clone(),
        sections: report
            .sections
            .iter()
            .map(|s| SnapshotSection {
                heading: s.heading.clone(),
                items: s
                    .items
                    .iter()
                    .map(|i| SnapshotItem {
                        kind: i.kind.label(),
                        why: i.kind_evidence.as_ref().map(|e| e.describe()),
                        addressee: i.addressee.clone(),
                        countries: i.countries.clone(),
                        text: i.text.clone(),
                    })
                    .collect(),
            })
            .collect(),
        warnings: diagnostics
            .iter()
            .map(|d| format!("{}: {}", d.line, d.message))
            .collect(),
    }
}

fn fixtures() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(gallery())
        .expect("gallery folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn every_gallery_fixture_imports_as_its_snapshot() {
    let paths = fixtures();
    assert!(
        paths.len() >= 40,
        "the gallery has {} fixtures",
        paths.len()
    );
    for path in paths {
        let (report, diagnostics) = import(&path);
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 name")
            .to_string();
        insta::assert_yaml_snapshot!(name, snapshot(&report, &diagnostics));
    }
}

#[test]
fn the_gallery_scores_right_against_its_truth() {
    let truth = Truth::read(&gallery().join("truth.toml")).expect("truth parses");
    let mut scores = Vec::new();
    for expected in &truth.text {
        let (report, _) = import(&gallery().join(&expected.file));
        let s = score(&report, expected);
        assert!(s.imports_right() && s.title_right && s.date_right, "{s:?}");
        scores.push(s);
    }
    let summary = Summary::of(&scores);
    assert_eq!(
        summary.texts,
        fixtures().len(),
        "every fixture has a truth entry"
    );
    assert_eq!(summary.right, summary.texts, "{summary}");
    assert_eq!(summary.precision(), 1.0);
    assert_eq!(summary.recall(), 1.0);
}

#[test]
fn the_silent_cases_warn() {
    let warned = |name: &str, needle: &str| {
        let (_, diagnostics) = import(&gallery().join(name));
        assert!(
            diagnostics.iter().any(|d| d.message.contains(needle)),
            "{name}: {diagnostics:?}"
        );
    };
    warned("p12-silent-should.txt", "no recommendation was found");
    warned(
        "p12-empty-recommendations-heading.txt",
        "promises recommendations",
    );
    warned("p12-lead-in-nothing.txt", "followed by nothing");
    warned("p12-skipped-paragraph-numbers.txt", "3–5 missing");
    warned("p12-empty-recommendations-chapter.txt", "chapter is empty");
}
