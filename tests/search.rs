//! Search on the built-in reports (issue 5): the results that must hold, precision over real
//! queries (no scattered-letter junk), the typo tier, filters, and the CLI's exit codes and JSON.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::process::{Command, Output};

use steppe::corpus::{load_builtin, ImportRules};
use steppe::search::{Query, SearchIndex, SearchSession, DEFAULT_LIMIT};
use steppe::text::fold;
use steppe::{Corpus, Item, ItemKind};

fn setup() -> (Corpus, SearchIndex, ImportRules) {
    let corpus = load_builtin().corpus;
    let index = SearchIndex::new(&corpus);
    (corpus, index, ImportRules::builtin())
}

fn run(
    corpus: &Corpus,
    index: &SearchIndex,
    rules: &ImportRules,
    q: &str,
    typo: bool,
) -> Vec<(Item, bool)> {
    let query = Query::parse(q, &rules.gazetteer, &rules.themes);
    assert!(query.problems.is_empty(), "{:?}", query.problems);
    index
        .search_in(&query, DEFAULT_LIMIT, None, typo)
        .into_iter()
        .map(|h| {
            let item = corpus.reports[h.at.report].sections[h.at.section].items[h.at.item].clone();
            (item, h.approximate)
        })
        .collect()
}

fn steppe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent-steppe-config")
        .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
        .env_remove("STEPPE_LIBRARY")
        .output()
        .expect("run steppe")
}

#[test]
fn magnitsky_puts_the_two_sanctions_recommendations_first_and_every_hit_has_the_word() {
    let (c, i, r) = setup();
    let hits = run(&c, &i, &r, "magnitsky", true);
    let top: Vec<&str> = hits[..2].iter().map(|(it, _)| it.text.as_str()).collect();
    assert!(
        top.iter()
            .any(|t| t.starts_with("Implement Magnitsky sanctions")),
        "{top:?}"
    );
    assert!(
        top.iter()
            .any(|t| t.starts_with("Deploy ‘Magnitsky’ personal Sanctions")),
        "{top:?}"
    );
    assert!(hits.len() >= 5);
    for (item, approximate) in &hits {
        assert!(!approximate);
        assert!(
            fold(&item.text).contains("magnitsky"),
            "junk hit: {}",
            item.text
        );
    }
}

#[test]
fn ngo_tax_in_kazakhstan_finds_the_tax_inspection_recommendation_first() {
    let (c, i, r) = setup();
    let hits = run(&c, &i, &r, "ngo tax @kaz", true);
    assert!(hits[0]
        .0
        .text
        .starts_with("Stop targeting NGOs with punitive tax inspections"));
    assert!(hits
        .iter()
        .all(|(it, _)| it.countries.iter().any(|c| c == "Kazakhstan")));
    // Any word order.
    let reversed = run(&c, &i, &r, "tax ngo", true);
    assert!(reversed[0]
        .0
        .text
        .starts_with("Stop targeting NGOs with punitive tax inspections"));
}

#[test]
fn askarov_is_found_in_three_reports_and_azimjan_askarov_too_one_by_typo() {
    let (c, i, r) = setup();
    let report_of = |it: &Item| it.id.split('.').next().unwrap_or("").to_string();
    let hits = run(&c, &i, &r, "askarov", true);
    let mut reports: Vec<String> = hits.iter().map(|(it, _)| report_of(it)).collect();
    reports.sort();
    reports.dedup();
    assert_eq!(
        reports,
        [
            "fpc-2021-09-30-responding-to-retreating-rights",
            "hrw-2024-01-11-central-asia-renewed-engagement",
            "iphr-2017-03-31-time-to-turn-the-tide"
        ]
    );
    let both = run(&c, &i, &r, "azimjan askarov", true);
    let mut reports: Vec<String> = both.iter().map(|(it, _)| report_of(it)).collect();
    reports.sort();
    reports.dedup();
    assert_eq!(reports.len(), 3);
    let hrw = both
        .iter()
        .find(|(it, _)| it.id.starts_with("hrw"))
        .expect("HRW spells him Azimjon");
    assert!(hrw.1, "found by the typo tier");
    assert!(!both[0].1, "exact hits rank above approximate ones");
}

#[test]
fn typos_find_what_they_mean_marked_approximate() {
    let (c, i, r) = setup();
    for typo in ["magnistky", "magnitskiy"] {
        let hits = run(&c, &i, &r, typo, true);
        assert!(hits.len() >= 5, "{typo}");
        assert!(
            hits.iter()
                .all(|(it, a)| *a && fold(&it.text).contains("magnitsky")),
            "{typo}"
        );
    }
    let kg = run(&c, &i, &r, "kyrgystan", true);
    assert!(!kg.is_empty());
    assert!(kg
        .iter()
        .all(|(it, a)| *a && fold(&it.text).contains("kyrgyzstan")));
    assert!(
        run(&c, &i, &r, "magnistky", false).is_empty(),
        "no typo tier when exact"
    );
}

#[test]
fn filters_for_country_theme_and_kind() {
    let (c, i, r) = setup();
    let recs = run(&c, &i, &r, "torture !rec", true);
    assert!(!recs.is_empty());
    assert!(recs
        .iter()
        .all(|(it, _)| it.kind == steppe::ItemKind::Recommendation));
    let themed = run(&c, &i, &r, "sanctions #sanctions", true);
    assert!(themed
        .iter()
        .all(|(it, _)| it.themes.iter().any(|t| t == "sanctions-accountability")));
    let tj = run(&c, &i, &r, "@TJ torture", true);
    assert!(!tj.is_empty());
    assert!(tj
        .iter()
        .all(|(it, _)| it.countries.iter().any(|c| c == "Tajikistan")));
    let q = Query::parse("@zz #nothing !xyz", &r.gazetteer, &r.themes);
    assert_eq!(q.problems.len(), 3, "{:?}", q.problems);
    assert!(Query::parse("", &r.gazetteer, &r.themes).is_empty());
    // Filters alone list everything they allow.
    let kaz = i.search(&Query::parse("@kaz !rec", &r.gazetteer, &r.themes), 500);
    assert!(kaz.len() > 10, "{}", kaz.len());
    assert!(kaz.iter().all(|h| {
        let (_, _, item) = c.get(h.at).unwrap();
        item.countries.iter().any(|c| c == "Kazakhstan") && item.kind == ItemKind::Recommendation
    }));
    assert!(
        i.search(&Query::parse("", &r.gazetteer, &r.themes), 10)
            .is_empty(),
        "nothing asked, nothing listed"
    );
}

#[test]
fn precision_over_real_queries() {
    let (c, i, r) = setup();
    let queries = [
        "magnitsky",
        "propiska",
        "ngo tax",
        "askarov",
        "domestic violence",
        "trade union",
        "kettling",
        "golden visas",
        "torture",
        "lgbtq",
        "asylum",
        "budget support",
        "karakalpakstan",
        "extremism",
        "bloggers",
        "corruption kleptocracy",
        "hiv tests",
        "ombudsman",
        "freedom restrictions",
        "data protection",
        "magnistky",
        "kyrgystan",
        "azimjan askarov",
    ];
    let matcher = fuzzy_matcher::skim::SkimMatcherV2::default();
    for q in queries {
        for (item, _) in run(&c, &i, &r, q, true) {
            let folded = fold(&item.text);
            let words: Vec<&str> = folded
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            for qw in q.split_whitespace() {
                let present = folded.contains(qw)
                    || words
                        .iter()
                        .any(|w| steppe::search::is_near_spelling(&matcher, qw, w));
                assert!(
                    present,
                    "{q:?}: hit {} lacks {qw:?} and every near-spelling: {}",
                    item.id, item.text
                );
            }
        }
    }
}

#[test]
fn narrowing_queries_reuse_previous_hits_with_the_same_results() {
    let (c, i, r) = setup();
    let mut session = SearchSession::default();
    for prefix in [
        "m",
        "ma",
        "mag",
        "magn",
        "magni",
        "magnit",
        "magnits",
        "magnitsk",
        "magnitsky",
    ] {
        let q = Query::parse(prefix, &r.gazetteer, &r.themes);
        let incremental = session.search(&i, &q, DEFAULT_LIMIT, true);
        let fresh = i.search(&q, DEFAULT_LIMIT);
        assert_eq!(incremental, fresh, "{prefix}");
    }
    let _ = c;
}

#[test]
fn cli_search_json_and_exit_codes() {
    let o = steppe(&["search", "magnitsky", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["query"], "magnitsky");
    let first = &v["hits"][0];
    for key in [
        "id",
        "report_id",
        "kind",
        "text",
        "countries",
        "themes",
        "score",
        "approximate",
    ] {
        assert!(first.get(key).is_some(), "{key}");
    }
    let o = steppe(&[
        "search",
        "ngo tax",
        "--country",
        "kazakhstan",
        "--limit",
        "1",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("Stop targeting NGOs with punitive tax inspections"),
        "{out}"
    );
    assert!(
        !out.contains('\u{1b}'),
        "no colour when stdout is not a terminal"
    );

    let o = steppe(&["search", "magnistky", "--exact"]);
    assert_eq!(o.status.code(), Some(1));
    let o = steppe(&["search", "magnistky", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["hits"][0]["approximate"], true);

    let o = steppe(&["search", "qqqzzz"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let o = steppe(&["search", "torture", "--country", "narnia"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("narnia"));
    let o = steppe(&["search", "torture", "--kind", "recommendation", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(v["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .all(|h| h["kind"] == "recommendation"));
}

#[test]
fn cli_show_prints_the_item_with_footnotes_and_citation() {
    let o = steppe(&["show", "fpc-2021-05-17-tajikistan-conclusions.p1"]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.starts_with("finding:\n\nTajikistan’s dissent into full authoritarianism"),
        "{out}"
    );
    assert!(out.contains("[1] Avery Koop, Mapped: The 25 Poorest Countries in the World"));
    assert!(out.contains("Source: Foreign Policy Centre, “Retreating Rights – Tajikistan: Conclusions and recommendations”, 2021-05-17, item 1 of 21. Id: fpc-2021-05-17-tajikistan-conclusions."), "{out}");
    // The id given was the positional one (an alias); the citation names the stable id.
    assert!(!out.contains("conclusions.p1."), "{out}");
    let o = steppe(&[
        "show",
        "fpc-2021-07-22-kazakhstan-executive-summary.r5",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["item"]["addressee"], "the Government of Kazakhstan");
    // Text shows theme labels as the reader does; JSON keeps the ids.
    assert!(v["item"]["themes"]
        .as_array()
        .is_some_and(|t| t.iter().any(|t| t == "assembly-protest")));
    let o = steppe(&["show", "fpc-2021-07-22-kazakhstan-executive-summary.r5"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Themes: Assembly & protest"), "{out}");
    let o = steppe(&["show", "no-such-id"]);
    assert_eq!(o.status.code(), Some(1));
}

/// Queries for the equivalence test: prefixes of typed words, whole words, several words,
/// words with punctuation inside, Cyrillic, digits, filters, and words that occur nowhere.
const EQUIVALENCE_QUERIES: [&str; 36] = [
    "m",
    "ma",
    "mag",
    "magnitsky",
    "n",
    "ng",
    "ngo",
    "ngo tax",
    "tax ngo",
    "a",
    "askarov",
    "azimjon askarov",
    "k",
    "kyrgyz",
    "kyrgyzstan",
    "kyrgystan",
    "e",
    "the",
    "of the",
    "non-governmental",
    "anti-corruption",
    "u.s",
    "2022",
    "19",
    "xyzzy",
    "qqqzzz",
    "torture @taj",
    "press #media",
    "release !rec",
    "women !finding",
    "journalists @uzb",
    "un",
    "ombudsman",
    "central asia",
    "human rights watch",
    "lgbt",
];

#[test]
fn the_indexed_exact_tier_finds_exactly_what_a_full_scan_finds() {
    let rules = ImportRules::builtin();
    for copies in [1, 10] {
        let corpus = steppe::corpus::scale::scaled_corpus(copies);
        let index = SearchIndex::new(&corpus);
        for q in EQUIVALENCE_QUERIES {
            let query = Query::parse(q, &rules.gazetteer, &rules.themes);
            let mut indexed = index.exact_candidates(&query, None);
            let mut scanned = index.scan_exact_candidates(&query);
            indexed.sort_unstable();
            scanned.sort_unstable();
            assert_eq!(indexed, scanned, "{q:?} at {copies}×");
            if copies == 1 && q == "magnitsky" {
                assert_eq!(indexed.len(), 6);
            }
            // The ranked top (which skips scoring entries that cannot reach it) is the top of
            // a full scan, in the same order, with the same scores; and with a small limit too.
            for limit in [DEFAULT_LIMIT, 7] {
                let ranked = index.search_in(&query, limit, None, false);
                assert_eq!(
                    ranked,
                    index.scan_search(&query, limit),
                    "{q:?} at {copies}×"
                );
            }
        }
        // Narrowing through a session gives the same hits as a fresh search.
        let mut session = SearchSession::default();
        for q in ["n", "ng", "ngo", "ngo t", "ngo ta", "ngo tax"] {
            let query = Query::parse(q, &rules.gazetteer, &rules.themes);
            let typed = session.search(&index, &query, DEFAULT_LIMIT, false);
            let fresh = index.search_in(&query, DEFAULT_LIMIT, None, false);
            assert_eq!(typed, fresh, "{q:?} at {copies}×");
        }
    }
}

/// Every query above, and the typo tier's, through the on-disk cache (cold, warm, and after
/// files change, appear and go) gives exactly what a fresh import and a fresh index give.
#[test]
fn cached_imports_and_index_answer_exactly_like_a_fresh_import() {
    use steppe::library::{open, Request};
    let folder = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    let root = env!("CARGO_MANIFEST_DIR");
    for dir in ["corpus", "tests/fixtures"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                let name = path.file_name().expect("name");
                std::fs::copy(&path, folder.path().join(name)).expect("copy");
            }
        }
    }
    let rules = ImportRules::builtin();
    let request = Request {
        paths: vec![folder.path().to_path_buf()],
        ..Request::default()
    };
    let queries: Vec<&str> = EQUIVALENCE_QUERIES
        .iter()
        .copied()
        .chain(["magnistky", "azimjan askarov", "kyrgystan", "ngo tax @kaz"])
        .collect();
    let compare = |expect_reused: bool| {
        let fresh = open(
            &Request {
                no_cache: true,
                ..request.clone()
            },
            &rules,
            None,
        )
        .expect("open");
        let fresh_index = SearchIndex::new(&fresh.loaded.corpus);
        // As `steppe search` runs: reports from the cache stay heads until a hit needs them, and
        // reports added or changed since the stored index are indexed apart (a delta), the
        // stored index serving for the rest.
        let mut searched = open(
            &Request {
                lazy: true,
                searching: true,
                ..request.clone()
            },
            &rules,
            Some(cache.path().to_path_buf()),
        )
        .expect("open");
        for q in &queries {
            let query = Query::parse(q, &rules.gazetteer, &rules.themes);
            for typo in [false, true] {
                for limit in [DEFAULT_LIMIT, 2] {
                    let (hits, total) = searched.search(&rules, &query, limit, typo);
                    assert_eq!(
                        (hits.clone(), total),
                        fresh_index.search_with_total(&query, limit, typo),
                        "{q:?} typo {typo} limit {limit}"
                    );
                    let reports: Vec<usize> = hits.iter().map(|h| h.at.report).collect();
                    searched.decode(&reports, &rules);
                    for h in &hits {
                        assert_eq!(
                            searched.loaded.corpus.get(h.at),
                            fresh.loaded.corpus.get(h.at)
                        );
                    }
                }
            }
        }
        let mut cached = open(&request, &rules, Some(cache.path().to_path_buf())).expect("open");
        assert_eq!(
            searched.reused > 0,
            expect_reused,
            "reused {}",
            searched.reused
        );
        assert_eq!(
            cached.imported, 0,
            "the cache was written by the open before"
        );
        assert_eq!(cached.loaded.corpus, fresh.loaded.corpus);
        assert_eq!(cached.loaded.diagnostics, fresh.loaded.diagnostics);
        let index = cached.search_index(&rules);
        assert!(
            index == fresh_index,
            "cached index differs from a fresh one"
        );
        for q in &queries {
            for typo in [false, true] {
                assert_eq!(
                    run(&cached.loaded.corpus, &index, &rules, q, typo),
                    run(&fresh.loaded.corpus, &fresh_index, &rules, q, typo),
                    "{q:?} typo {typo}"
                );
            }
        }
        // As `steppe search` opens: reports from the cache stay heads until a hit needs them.
        let mut lazy = open(
            &Request {
                lazy: true,
                searching: true,
                ..request.clone()
            },
            &rules,
            Some(cache.path().to_path_buf()),
        )
        .expect("open");
        assert_eq!(lazy.loaded.diagnostics, fresh.loaded.diagnostics);
        let lazy_index = lazy.search_index(&rules);
        assert!(lazy_index == fresh_index, "lazily opened index differs");
        for q in &queries {
            let query = Query::parse(q, &rules.gazetteer, &rules.themes);
            let (hits, total) = lazy_index.search_with_total(&query, DEFAULT_LIMIT, true);
            let reports: Vec<usize> = hits.iter().map(|h| h.at.report).collect();
            lazy.decode(&reports, &rules);
            assert_eq!(
                (hits.clone(), total),
                fresh_index.search_with_total(&query, DEFAULT_LIMIT, true),
                "{q:?}"
            );
            for h in &hits {
                assert_eq!(
                    lazy.loaded.corpus.get(h.at),
                    fresh.loaded.corpus.get(h.at),
                    "{q:?}"
                );
            }
        }
        lazy.decode_all(&rules);
        assert_eq!(lazy.loaded.corpus, fresh.loaded.corpus);
    };
    compare(false); // cold: everything imported, cache written
    compare(true); // warm: everything from the cache
    std::fs::write(
        folder.path().join("new-report.txt"),
        "A new report\n\nThe authorities of Uzbekistan detained the ombudsman of Kyrgyzstan.\n",
    )
    .expect("write");
    compare(true); // one new (sorted in among the others)
    let delta = std::fs::read_dir(cache.path())
        .expect("read_dir")
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().starts_with("delta-"));
    assert!(delta, "the new report was not indexed apart");
    std::fs::remove_file(folder.path().join("tajikistan-briefing.md")).expect("remove");
    compare(true); // one gone
    let changed = folder.path().join("un-committee-turkmenistan.txt");
    let text = std::fs::read_to_string(&changed).expect("read");
    std::fs::write(&changed, text.replace("journalists", "reporters")).expect("write");
    compare(true); // one changed
    std::fs::write(
        folder.path().join("another.txt"),
        "Another report\n\nMagnitsky sanctions on officials of Kazakhstan who tortured NGO staff.\n",
    )
    .expect("write");
    std::fs::remove_file(folder.path().join("kyrgyzstan-media-statement.txt")).expect("remove");
    compare(true); // one new, one gone at once
    compare(true);
}
