//! Ground truth of the importer on the five built-in reports (issue 3): recommendation counts and
//! addressees, footnotes, publishers and dates from SOURCES.md, countries of country paragraphs,
//! no boilerplate and no control characters in any text, and the JSON export contract.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::collections::{HashMap, HashSet};

use steppe::corpus::load_builtin;
use steppe::{Corpus, ItemKind, Report};

fn corpus() -> Corpus {
    let loaded = load_builtin();
    assert!(
        loaded.diagnostics.is_empty(),
        "built-in reports import cleanly: {:?}",
        loaded.diagnostics
    );
    loaded.corpus
}

fn report<'a>(corpus: &'a Corpus, id: &str) -> &'a Report {
    corpus
        .reports
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("report {id} is loaded"))
}

fn addressee_counts(report: &Report) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in report
        .items()
        .filter(|i| i.kind == ItemKind::Recommendation)
    {
        *counts
            .entry(item.addressee.clone().unwrap_or_default())
            .or_insert(0) += 1;
    }
    counts
}

#[test]
fn five_reports_with_publishers_and_dates_from_sources() {
    let c = corpus();
    let facts: Vec<(&str, &str, &str)> = c
        .reports
        .iter()
        .map(|r| {
            (
                r.id.as_str(),
                r.publisher.as_deref().unwrap_or(""),
                r.date.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        facts,
        vec![
            (
                "iphr-2017-03-31-time-to-turn-the-tide",
                "International Partnership for Human Rights (IPHR) and 11 other NGOs",
                "2017-03-31"
            ),
            (
                "fpc-2021-05-17-tajikistan-conclusions",
                "Foreign Policy Centre",
                "2021-05-17"
            ),
            (
                "fpc-2021-07-22-kazakhstan-executive-summary",
                "Foreign Policy Centre",
                "2021-07-22"
            ),
            (
                "fpc-2021-09-30-responding-to-retreating-rights",
                "Foreign Policy Centre",
                "2021-09-30"
            ),
            (
                "hrw-2024-01-11-central-asia-renewed-engagement",
                "Human Rights Watch",
                "2024-01-11"
            ),
        ]
    );
    assert_eq!(
        report(&c, "iphr-2017-03-31-time-to-turn-the-tide")
            .url
            .as_deref(),
        Some(
            "https://iphronline.org/articles/time-turn-tide-end-repression-central-asia-20170331/"
        )
    );
    for r in &c.reports {
        assert!(r.source.starts_with("builtin:"), "{}", r.source);
    }
}

#[test]
fn dates_and_authors_are_read_from_the_text_too() {
    // The metadata files also give these; the importer must find them without metadata.
    let rules = steppe::corpus::ImportRules::builtin();
    for b in steppe::corpus::builtin::REPORTS {
        let mut diagnostics = Vec::new();
        let r = steppe::corpus::import::import(
            &steppe::corpus::import::Input {
                id: b.name,
                source: "test",
                text: b.text,
                markdown: false,
                metadata: Default::default(),
            },
            &rules,
            &mut diagnostics,
        );
        if b.name.starts_with("iphr") {
            assert_eq!(r.date, None, "the IPHR page states no date");
        } else {
            assert_eq!(r.date.as_deref(), Some(&b.name[4..14]), "{}", b.name);
        }
        if b.name.starts_with("fpc") {
            assert_eq!(r.author.as_deref(), Some("Adam Hug"));
        }
    }
}

#[test]
fn fpc_overview_recommendations_and_addressees() {
    let c = corpus();
    let r = report(&c, "fpc-2021-09-30-responding-to-retreating-rights");
    assert_eq!(r.count(ItemKind::Recommendation), 17);
    let counts = addressee_counts(r);
    assert_eq!(
        counts["the governments of Tajikistan, Kyrgyzstan and Kazakhstan"],
        8
    );
    assert_eq!(
        counts["international institutions, Western partners and donors"],
        9
    );
    assert_eq!(r.footnotes.len(), 1);
    assert_eq!(r.footnotes[0].label, "1");
    // The regional report's recommendations are about all three countries it names.
    for item in r.items().filter(|i| i.kind == ItemKind::Recommendation) {
        let set: HashSet<&str> = item.countries.iter().map(String::as_str).collect();
        assert_eq!(
            set,
            HashSet::from(["Kazakhstan", "Kyrgyzstan", "Tajikistan"]),
            "{}",
            item.id
        );
    }
}

#[test]
fn fpc_kazakhstan_recommendations_and_addressees() {
    let c = corpus();
    let r = report(&c, "fpc-2021-07-22-kazakhstan-executive-summary");
    assert_eq!(r.count(ItemKind::Recommendation), 12);
    let counts = addressee_counts(r);
    assert_eq!(counts["the Government of Kazakhstan"], 10);
    assert_eq!(counts["the international community"], 2);
    assert!(r.footnotes.is_empty());
    for item in r.items() {
        assert_eq!(item.countries, vec!["Kazakhstan"], "{}", item.id);
    }
}

#[test]
fn fpc_tajikistan_recommendations_addressees_and_footnotes() {
    let c = corpus();
    let r = report(&c, "fpc-2021-05-17-tajikistan-conclusions");
    assert_eq!(r.count(ItemKind::Recommendation), 20);
    let counts = addressee_counts(r);
    assert_eq!(counts["the Government of Tajikistan"], 14);
    assert_eq!(
        counts["Western countries and international organisations"],
        6
    );
    let labels: Vec<&str> = r.footnotes.iter().map(|f| f.label.as_str()).collect();
    let expected: Vec<String> = (1..=15).map(|n| n.to_string()).collect();
    assert_eq!(
        labels,
        expected.iter().map(String::as_str).collect::<Vec<_>>()
    );
    // Footnote text goes to the footnote list, not into the body.
    assert!(r.items().all(|i| !i.text.starts_with("[1]")));
    let cites_one = r.items().find(|i| i.footnotes.contains(&"1".to_string()));
    assert!(cites_one.is_some_and(|i| i.text.contains("poorest country in the world.[1]")));
    assert!(r.footnotes[0].text.starts_with("Avery Koop, Mapped"));
    // A recommendation to international actors in a one-country report is about that country.
    let magnitsky = r
        .items()
        .find(|i| i.text.starts_with("Implement Magnitsky sanctions"))
        .expect("Magnitsky recommendation");
    assert_eq!(magnitsky.countries, vec!["Tajikistan"]);
    assert!(magnitsky
        .themes
        .contains(&"sanctions-accountability".to_string()));
}

#[test]
fn prose_reports_have_no_recommendations_and_iphr_trends_are_list_items() {
    let c = corpus();
    let hrw = report(&c, "hrw-2024-01-11-central-asia-renewed-engagement");
    assert_eq!(hrw.count(ItemKind::Recommendation), 0);
    assert!(hrw.footnotes.is_empty());
    assert_eq!(
        hrw.subtitle.as_deref(),
        Some("Western States Should Push for Concrete Reforms")
    );
    let iphr = report(&c, "iphr-2017-03-31-time-to-turn-the-tide");
    assert_eq!(iphr.count(ItemKind::Recommendation), 0);
    // The nine regional trends, then the twelve signatory organisations: all list items.
    let list_items: Vec<_> = iphr
        .items()
        .filter(|i| i.kind == ItemKind::ListItem)
        .collect();
    assert_eq!(list_items.len(), 9 + 12);
    assert!(list_items[0]
        .text
        .starts_with("Legislation that seriously restricts"));
    assert!(list_items[8]
        .text
        .starts_with("Intimidation of exiled human rights defenders"));
    assert!(list_items[9]
        .text
        .starts_with("Public Foundation “Charter for Human Rights”"));
    let labels: Vec<&str> = iphr.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(
        labels,
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
    );
}

#[test]
fn country_paragraphs_carry_their_country() {
    let c = corpus();
    let iphr = report(&c, "iphr-2017-03-31-time-to-turn-the-tide");
    for country in [
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Turkmenistan",
        "Uzbekistan",
    ] {
        let item = iphr
            .items()
            .find(|i| i.text.starts_with(&format!("{country}: ")))
            .unwrap_or_else(|| panic!("IPHR has a {country} case paragraph"));
        assert_eq!(item.countries, vec![country], "{}", item.id);
    }
    // HRW: one block of paragraphs per country, each paragraph carrying its country.
    let hrw = report(&c, "hrw-2024-01-11-central-asia-renewed-engagement");
    let starts = [
        ("In the two years since large-scale protests", "Kazakhstan"),
        ("Violent attacks on journalists", "Kazakhstan"),
        ("New legislation strengthening protections", "Kazakhstan"),
        (
            "Human rights protection and civil liberties in Kyrgyzstan",
            "Kyrgyzstan",
        ),
        ("Scores of activists", "Kyrgyzstan"),
        ("In Tajikistan’s repressive", "Tajikistan"),
        ("A crackdown on dissenting voices", "Tajikistan"),
        ("Turkmenistan’s government remains", "Turkmenistan"),
        ("The government denies its citizens", "Turkmenistan"),
        ("Uzbekistan’s human rights record", "Uzbekistan"),
        ("The Justice Ministry", "Uzbekistan"),
    ];
    for (start, country) in starts {
        let item = hrw
            .items()
            .find(|i| i.text.starts_with(start))
            .unwrap_or_else(|| panic!("HRW paragraph {start:?}"));
        assert!(
            item.countries.iter().any(|c| c == country),
            "{start:?} should be about {country}: {:?}",
            item.countries
        );
    }
    // The regional opening ("Central Asian countries") is about every country of the report,
    // not attributed to one.
    let opening = hrw.items().next().expect("HRW has items");
    assert!(opening
        .text
        .starts_with("Western governments are intensifying"));
    assert_eq!(opening.countries, hrw.countries);
}

#[test]
fn no_boilerplate_survives_and_titles_appear_once() {
    let c = corpus();
    let chrome = [
        "Skip to",
        "Quick search",
        "Related Articles",
        "Join our mailing list",
        "Keep informed about",
        "Subscribe to our updates",
        "Your tax deductible gift",
        "Read more",
        "More news",
        "Image by",
        "Photo by",
        "©",
        "Full text is also available",
        "Two-year anniversary",
        "Forcibly Disappeared Opponent",
        "Please select the topic",
    ];
    for r in &c.reports {
        let mut texts: Vec<&str> = r.items().map(|i| i.text.as_str()).collect();
        texts.extend(r.sections.iter().filter_map(|s| s.heading.as_deref()));
        texts.extend(r.footnotes.iter().map(|f| f.text.as_str()));
        for text in &texts {
            for bad in chrome {
                assert!(
                    !text.contains(bad),
                    "{}: {bad:?} survived in {text:?}",
                    r.id
                );
            }
            assert_ne!(*text, r.title, "{}: the title is repeated as an item", r.id);
        }
    }
}

#[test]
fn no_control_characters_in_any_text() {
    let c = corpus();
    let bad = |ch: char| {
        ch.is_control()
            || ('\u{202a}'..='\u{202e}').contains(&ch)
            || ('\u{2066}'..='\u{2069}').contains(&ch)
            || ch == '\u{a0}'
    };
    for (r, s, i) in c.items() {
        assert!(!i.text.chars().any(bad), "{}", i.id);
        assert!(!s.heading.as_deref().unwrap_or("").chars().any(bad));
        assert!(!r.title.chars().any(bad));
        assert_eq!(i.text, i.text.trim());
        assert!(!i.text.contains("  "), "{}: whitespace normalised", i.id);
    }
}

#[test]
fn item_ids_are_unique_and_stable() {
    let c = corpus();
    let mut seen = HashSet::new();
    for (_, _, item) in c.items() {
        assert!(seen.insert(item.id.clone()), "duplicate id {}", item.id);
    }
    let first = c
        .find_item("fpc-2021-07-22-kazakhstan-executive-summary.r1")
        .expect("stable id of the first Kazakhstan recommendation");
    assert!(first
        .2
        .text
        .starts_with("Stop targeting NGOs with punitive tax inspections"));
}

#[test]
fn every_footnote_marker_in_text_has_its_footnote() {
    let c = corpus();
    for r in &c.reports {
        for item in r.items() {
            for label in &item.footnotes {
                assert!(
                    r.footnote(label).is_some(),
                    "{} cites missing [{label}]",
                    item.id
                );
                assert!(item.text.contains(&format!("[{label}]")));
            }
        }
    }
}

#[test]
fn themes_are_explained() {
    let c = corpus();
    for (_, _, item) in c.items() {
        let evidence: Vec<&str> = item.theme_evidence.iter().map(|e| &*e.theme).collect();
        assert_eq!(
            evidence,
            item.themes.iter().map(String::as_str).collect::<Vec<_>>()
        );
    }
    let kettling = c
        .items()
        .find(|(_, _, i)| i.text.starts_with("Stop using kettling"))
        .expect("kettling recommendation");
    assert!(kettling.2.themes.contains(&"assembly-protest".to_string()));
}

#[test]
fn json_export_follows_the_contract() {
    let c = corpus();
    let json = steppe::export::render(&c, steppe::export::Format::Json).expect("json");
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let reports = value["reports"].as_array().expect("reports array");
    assert_eq!(reports.len(), 5);
    for key in [
        "id",
        "title",
        "publisher",
        "author",
        "date",
        "url",
        "source",
        "countries",
        "sections",
        "footnotes",
    ] {
        assert!(reports[0].get(key).is_some(), "report key {key}");
    }
    assert!(reports[1]["url"].is_null(), "missing values are null");
    let item = &reports[2]["sections"][1]["items"][1];
    for key in [
        "id",
        "kind",
        "text",
        "addressee",
        "countries",
        "themes",
        "footnotes",
    ] {
        assert!(item.get(key).is_some(), "item key {key}");
    }
    assert_eq!(item["kind"], "recommendation");
    assert_eq!(item["addressee"], "the Government of Kazakhstan");
    assert_eq!(reports[0]["footnotes"][0]["label"], "i");
}

#[test]
fn a_folder_with_a_sources_index_loads_like_the_built_in_reports() {
    // The corpus as published (text files and SOURCES.md, no NAME.toml): the index is read as
    // metadata, not as a report, and gives the same publishers, dates and items.
    let dir = tempfile::tempdir().expect("tempdir");
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for entry in std::fs::read_dir(&here).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let sources = steppe::corpus::Sources {
        paths: vec![dir.path().to_path_buf()],
        builtin: false,
    };
    let rules = steppe::corpus::ImportRules::builtin();
    let loaded = steppe::corpus::load(&sources, &rules).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let builtin = corpus();
    assert_eq!(loaded.corpus.reports.len(), 5, "SOURCES.md is not a report");
    for mine in &loaded.corpus.reports {
        let theirs = report(&builtin, &mine.id);
        assert_eq!(mine.date, theirs.date, "{}", mine.id);
        assert_eq!(mine.publisher_short, theirs.publisher_short, "{}", mine.id);
        let ids = |r: &Report| -> Vec<String> { r.items().map(|i| i.id.clone()).collect() };
        assert_eq!(ids(mine), ids(theirs), "{}", mine.id);
    }
    let iphr = report(&loaded.corpus, "iphr-2017-03-31-time-to-turn-the-tide");
    assert_eq!(
        iphr.url.as_deref(),
        Some(
            "https://iphronline.org/articles/time-turn-tide-end-repression-central-asia-20170331/"
        )
    );
    assert_eq!(
        iphr.publisher.as_deref(),
        Some("International Partnership for Human Rights (IPHR) and 11 other NGOs")
    );
}
