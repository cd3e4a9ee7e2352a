//! The importer generalises beyond the five built-in reports: fixtures of our own making in the
//! same genre (a UN submission, an NGO statement, a Markdown briefing) with other bullet glyphs,
//! numbered and lettered lists, headings in capitals, and footnotes as `1.` lines under "Notes".
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::Path;

use steppe::corpus::{load, ImportRules, Sources};
use steppe::{ItemKind, Report};

fn import(name: &str) -> (Report, Vec<steppe::Diagnostic>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let loaded = load(
        &Sources {
            paths: vec![path],
            builtin: false,
        },
        &ImportRules::builtin(),
    )
    .expect("fixture loads");
    assert_eq!(loaded.corpus.reports.len(), 1);
    (loaded.corpus.reports[0].clone(), loaded.diagnostics)
}

fn recommendations(report: &Report) -> Vec<(&str, &str)> {
    report
        .items()
        .filter(|i| i.kind == ItemKind::Recommendation)
        .map(|i| (i.addressee.as_deref().unwrap_or(""), i.text.as_str()))
        .collect()
}

#[test]
fn un_submission_with_capital_headings_lettered_lists_and_notes() {
    let (r, diagnostics) = import("un-upr-uzbekistan-2023.txt");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(
        r.title,
        "Uzbekistan: Joint submission to the Universal Periodic Review"
    );
    assert_eq!(
        r.author.as_deref(),
        Some("Association for Human Rights in Central Asia")
    );
    assert_eq!(r.date.as_deref(), Some("2023-03-15"));
    assert_eq!(r.countries, vec!["Uzbekistan"]);
    let headings: Vec<&str> = r
        .sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect();
    assert_eq!(
        headings,
        ["INTRODUCTION", "FREEDOM OF EXPRESSION", "RECOMMENDATIONS"]
    );
    // The three '-' bullets after a plain lead-in are list items, not recommendations.
    let expression = &r.sections[1];
    assert_eq!(expression.items.len(), 3);
    assert!(expression
        .items
        .iter()
        .all(|i| i.kind == ItemKind::ListItem));
    let recs = recommendations(&r);
    assert_eq!(recs.len(), 5);
    assert_eq!(recs[0].0, "the Government of Uzbekistan");
    assert!(recs[0].1.starts_with("Decriminalise defamation"));
    assert_eq!(recs[3].0, "international partners");
    // "1." lines under "Notes" are footnotes, cited by [1] and [2] in the text.
    let labels: Vec<&str> = r.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["1", "2"]);
    assert!(r.footnotes[1]
        .text
        .starts_with("Human Rights Watch, World Report 2023"));
    assert!(r.items().all(|i| i.countries == vec!["Uzbekistan"]));
    // Chrome is gone: "Menu", "Share this", and everything after "Related content".
    assert!(r.items().all(|i| !i.text.contains("A new law on NGOs")));
}

#[test]
fn ngo_statement_with_dash_and_middle_dot_bullets_and_numbered_list() {
    let (r, diagnostics) = import("kyrgyzstan-media-statement.txt");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(r.author.as_deref(), Some("Media Policy Institute"));
    assert_eq!(r.date.as_deref(), Some("2024-02-05"));
    assert_eq!(r.countries, vec!["Kyrgyzstan"]);
    let concerns: Vec<_> = r.items().filter(|i| i.kind == ItemKind::ListItem).collect();
    assert_eq!(concerns.len(), 3);
    assert!(concerns[0]
        .text
        .starts_with("The draft law “On Mass Media”"));
    let recs = recommendations(&r);
    // The opening sentence "The Kyrgyz authorities must stop …" is a recommendation in prose.
    assert_eq!(recs.len(), 6);
    assert_eq!(recs[0].0, "the Kyrgyz authorities");
    let recs = &recs[1..];
    assert!(recs[..3]
        .iter()
        .all(|(a, _)| *a == "the Government of the Kyrgyz Republic"));
    assert_eq!(
        recs[3],
        (
            "donors and the OSCE",
            "Make support conditional on the withdrawal of the draft media law;"
        )
    );
    let first = r.items().next().expect("items");
    assert_eq!(
        first
            .kind_evidence
            .as_ref()
            .map(|e| e.describe())
            .as_deref(),
        Some("obligation “must”")
    );
    assert!(r.items().all(|i| i.countries == vec!["Kyrgyzstan"]));
}

#[test]
fn markdown_briefing_with_footnote_syntax() {
    let (r, diagnostics) = import("tajikistan-briefing.md");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(r.title, "Tajikistan: Briefing on Transnational Repression");
    assert_eq!(
        r.subtitle.as_deref(),
        Some("Published by Freedom Now Network, 2023-11-02")
    );
    assert_eq!(r.countries, vec!["Tajikistan"]);
    let first = r.items().next().expect("items");
    assert!(
        first.text.contains("relatives in Tajikistan.[1]"),
        "{}",
        first.text
    );
    assert!(
        first.text.contains("members of Group 24 have"),
        "emphasis removed: {}",
        first.text
    );
    assert_eq!(first.footnotes, ["1"]);
    assert_eq!(r.footnotes[0].text, "See the Freedom Now report, 2023.");
    let recs = recommendations(&r);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0].0, "Host states");
    let headings: Vec<&str> = r
        .sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect();
    assert_eq!(headings, ["Findings", "Recommendations to host states"]);
}

#[test]
fn markdown_and_text_agree_on_the_same_content() {
    // The same short report as .txt and as .md gives the same items.
    let dir = tempfile::tempdir().expect("tempdir");
    let txt = "Kazakhstan: Note\n\nJuly 1, 2022\n\nThe authorities should:\n\n  • Free the activists;\n  • End torture.\n";
    let md = "# Kazakhstan: Note\n\nJuly 1, 2022\n\nThe authorities should:\n\n- Free the activists;\n- End torture.\n";
    std::fs::write(dir.path().join("a.txt"), txt).expect("write");
    std::fs::write(dir.path().join("b.md"), md).expect("write");
    let loaded = load(
        &Sources {
            paths: vec![dir.path().to_path_buf()],
            builtin: false,
        },
        &ImportRules::builtin(),
    )
    .expect("loads");
    let texts = |r: &Report| -> Vec<(ItemKind, String, Option<String>)> {
        r.items()
            .map(|i| (i.kind, i.text.clone(), i.addressee.clone()))
            .collect()
    };
    assert_eq!(
        texts(&loaded.corpus.reports[0]),
        texts(&loaded.corpus.reports[1])
    );
    assert_eq!(loaded.corpus.reports[0].count(ItemKind::Recommendation), 2);
    assert_eq!(loaded.corpus.reports[0].date.as_deref(), Some("2022-07-01"));
}

#[test]
fn un_concluding_observations_numbered_paragraphs_and_lettered_recommendations() {
    let (r, diagnostics) = import("un-committee-turkmenistan.txt");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(r.date.as_deref(), Some("2023-11-12"));
    assert_eq!(r.countries, vec!["Turkmenistan"]);
    // Long numbered paragraphs are findings, not list items.
    let intro = &r.sections[0];
    assert_eq!(intro.heading.as_deref(), Some("A. Introduction"));
    assert_eq!(intro.items.len(), 2);
    assert!(intro.items.iter().all(|i| i.kind == ItemKind::Paragraph));
    // Lettered items separated by blank lines form one list, addressed to "the State party",
    // which resolves to the country under review.
    let recs = recommendations(&r);
    assert_eq!(recs.len(), 4, "{recs:?}");
    assert_eq!(
        recs[0],
        (
            "Turkmenistan (the State party)",
            "Put an end to the blocking of websites and the harassment of journalists;"
        )
    );
    assert_eq!(recs[1].0, "Turkmenistan (the State party)");
    assert_eq!(
        recs[2],
        (
            "the Government of Turkmenistan",
            "Allow independent monitors to visit places of detention;"
        )
    );
    assert!(r.items().all(|i| i.countries == vec!["Turkmenistan"]));
}
