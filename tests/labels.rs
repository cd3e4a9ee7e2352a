//! The theme and country tagger against hand labels (`tests/labels/items.txt`): 173 items of
//! the built-in reports and the fixtures, labelled from their text before looking at steppe's
//! tags. Precision and recall are over (item, theme) pairs; country recall over (item, country).
//!
//! To try changes of the theme rules without rebuilding, point `LABELS_RULES` at a folder with
//! a `themes.toml` (and any other rules file) and run
//! `LABELS_RULES=DIR cargo test --test labels -- --nocapture`: the figures and every miss print.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::collections::BTreeSet;

use steppe::corpus::{load, ImportRules, Item, ItemKind, Sources};

const LABELS: &str = include_str!("labels/items.txt");

fn iso(country: &str) -> Option<&'static str> {
    Some(match country {
        "Kazakhstan" => "KZ",
        "Kyrgyzstan" => "KG",
        "Tajikistan" => "TJ",
        "Turkmenistan" => "TM",
        "Uzbekistan" => "UZ",
        _ => return None,
    })
}

struct Figures {
    theme_precision: f64,
    theme_recall: f64,
    country_recall: f64,
    /// Theme precision on findings and list items alone (long paragraphs collect themes most).
    findings_precision: f64,
    labelled: usize,
    misses: Vec<String>,
}

fn figures() -> Figures {
    let sources = Sources {
        paths: vec!["tests/fixtures".into()],
        builtin: true,
    };
    let rules = match std::env::var_os("LABELS_RULES") {
        Some(dir) => ImportRules::with_overrides(std::path::Path::new(&dir)).expect("rules"),
        None => ImportRules::builtin(),
    };
    let loaded = load(&sources, &rules).expect("fixtures load");
    // Items are found by report and opening words, so the labels outlive changes of ids.
    let find = |report: &str, opening: &str| -> Option<&Item> {
        loaded
            .corpus
            .items()
            .find(|(r, _, i)| r.id == report && i.text.starts_with(opening))
            .map(|(_, _, i)| i)
    };
    let (mut tp, mut fp, mut fnn, mut ctp, mut cfn, mut labelled) = (0, 0, 0, 0, 0, 0);
    let (mut findings_tp, mut findings_fp) = (0, 0);
    let mut misses = Vec::new();
    for line in LABELS
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains('|'))
    {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let [report, opening, themes, countries] = parts[..] else {
            panic!("bad label line: {line}");
        };
        let item = find(report, opening)
            .unwrap_or_else(|| panic!("labelled item {report} | {opening} not found"));
        let id = &item.id;
        labelled += 1;
        let want: BTreeSet<&str> = themes.split_whitespace().collect();
        let got: BTreeSet<&str> = item.themes.iter().map(String::as_str).collect();
        tp += want.intersection(&got).count();
        fp += got.difference(&want).count();
        fnn += want.difference(&got).count();
        if item.kind != ItemKind::Recommendation {
            findings_tp += want.intersection(&got).count();
            findings_fp += got.difference(&want).count();
        }
        let want_c: BTreeSet<&str> = countries.split_whitespace().collect();
        let got_c: BTreeSet<&str> = item.countries.iter().filter_map(|c| iso(c)).collect();
        ctp += want_c.intersection(&got_c).count();
        cfn += want_c.difference(&got_c).count();
        if want != got || !want_c.is_subset(&got_c) {
            let extra: Vec<&&str> = got.difference(&want).collect();
            let missed: Vec<&&str> = want.difference(&got).collect();
            misses.push(format!(
                "{id} ({:?}): extra {extra:?}, missed {missed:?}",
                item.kind
            ));
        }
    }
    let ratio = |a: usize, b: usize| a as f64 / (a + b).max(1) as f64;
    Figures {
        theme_precision: ratio(tp, fp),
        theme_recall: ratio(tp, fnn),
        country_recall: ratio(ctp, cfn),
        findings_precision: ratio(findings_tp, findings_fp),
        labelled,
        misses,
    }
}

#[test]
fn tags_agree_with_the_hand_labels() {
    let f = figures();
    let report = format!(
        "precision {:.3} (findings {:.3}), recall {:.3}, country recall {:.3} over {} items\n{}",
        f.theme_precision,
        f.findings_precision,
        f.theme_recall,
        f.country_recall,
        f.labelled,
        f.misses.join("\n")
    );
    println!("{report}");
    assert!(f.labelled >= 100, "{report}");
    // Issue 13's bar: theme precision ≥ 0.90 with recall ≥ 0.90 (0.908 and 0.908 since a
    // second theme argued with two strong keywords beside a dominant one is kept; 0.902 and 0.882
    // before).
    assert!(f.theme_precision >= 0.90, "{report}");
    assert!(f.theme_recall >= 0.90, "{report}");
    assert!(f.country_recall >= 0.95, "{report}");
}
