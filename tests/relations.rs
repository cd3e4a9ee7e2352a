//! Relations between items (issue 13) on the built-in reports: action categories of
//! recommendations (the data, the `&5` / `--action` filters, the JSON and CSV fields), a
//! recommendation's history in `search --json` and in the reading pane (`H` reads the other
//! report's version, and again goes back).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::process::Command;

use ratatui::backend::TestBackend;
use ratatui::Terminal;

mod common;

use common::screen::typed;
use steppe::corpus::{load_builtin, ImportRules};
use steppe::search::{Query, SearchIndex};
use steppe::tui::{self, AppState, ScriptedHost};
use steppe::ItemKind;

const KAZ_SUMMARY: &str = "fpc-2021-07-22-kazakhstan-executive-summary";
const REGIONAL: &str = "fpc-2021-09-30-responding-to-retreating-rights";

fn steppe(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent-steppe-test")
        .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
        .env("XDG_CACHE_HOME", "/nonexistent-steppe-cache")
        .env_remove("STEPPE_LIBRARY")
        .output()
        .unwrap()
}

#[test]
fn every_kazakhstan_summary_recommendation_has_the_category_read_by_hand() {
    // Decided by hand from the UPR Info scale before running the tool: "Stop / End / Remove"
    // ask for a specific act (5); "Make it easier", "Improve", "Deliver on", "Raise" are
    // general (4); "Further reform" continues (2); "Examine the use of" considers (3).
    let corpus = load_builtin().corpus;
    let report = corpus.reports.iter().find(|r| r.id == KAZ_SUMMARY).unwrap();
    let expected = [
        ("Stop targeting NGOs", 5, "stop"),
        ("Make it easier", 4, "make"),
        ("End the use of anti-extremism", 5, "end"),
        ("Further reform the law", 2, "further"),
        ("Stop using kettling", 5, "stop"),
        ("End the use of ‘freedom", 5, "end"),
        ("Stop the continued harassment", 5, "stop"),
        ("Remove laws on insulting", 5, "remove"),
        ("Improve data protection", 4, "improve"),
        ("Deliver on commitments", 4, "deliver"),
        ("Raise systemic problems", 4, "raise"),
        ("Examine the use of", 3, "examine"),
    ];
    let recommendations: Vec<_> = report
        .items()
        .filter(|i| i.kind == ItemKind::Recommendation)
        .collect();
    assert_eq!(recommendations.len(), expected.len());
    for (opening, level, verb) in expected {
        let item = recommendations
            .iter()
            .find(|i| i.text.starts_with(opening))
            .unwrap_or_else(|| panic!("{opening}"));
        assert_eq!(item.action_category, Some(level), "{opening}");
        assert_eq!(item.action_evidence.as_deref(), Some(verb), "{opening}");
    }
    // Findings have none.
    assert!(corpus
        .items()
        .filter(|(_, _, i)| i.kind != ItemKind::Recommendation)
        .all(|(_, _, i)| i.action_category.is_none()));
    // Most built-in recommendations open with a verb the rules know.
    let recs: Vec<_> = corpus
        .items()
        .filter(|(_, _, i)| i.kind == ItemKind::Recommendation)
        .collect();
    let known = recs
        .iter()
        .filter(|(_, _, i)| i.action_category.is_some())
        .count();
    assert!(known * 10 >= recs.len() * 9, "{known} of {}", recs.len());
}

#[test]
fn the_action_filter_keeps_recommendations_of_that_category() {
    let loaded = load_builtin();
    let rules = ImportRules::builtin();
    let index = SearchIndex::new(&loaded.corpus);
    let query = Query::parse("&5 @kaz", &rules.gazetteer, &rules.themes);
    assert_eq!(query.action, Some(5));
    assert!(query.problems.is_empty());
    let hits = index.search(&query, 100);
    assert!(hits.len() >= 5, "{}", hits.len());
    for hit in &hits {
        let (_, _, item) = loaded.corpus.get(hit.at).unwrap();
        assert_eq!(item.action_category, Some(5), "{}", item.text);
    }
    let considering = index.search(
        &Query::parse("&3 @kaz", &rules.gazetteer, &rules.themes),
        100,
    );
    assert!(considering.iter().any(|h| loaded
        .corpus
        .get(h.at)
        .unwrap()
        .2
        .text
        .starts_with("Examine the use of")));
    let bad = Query::parse("&9 tax", &rules.gazetteer, &rules.themes);
    assert_eq!(bad.problems.len(), 1);
    assert!(bad.problems[0].to_string().contains("&1 … &5"));
}

#[test]
fn cli_action_flag_json_fields_and_csv_column() {
    let out = steppe(&["search", "ngo", "--action", "5", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = v["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    for hit in hits {
        assert_eq!(hit["action_category"], 5, "{hit}");
        assert_eq!(hit["action_evidence"], "stop");
    }
    // The overview's NGO recommendation carries its history: the Kazakhstan summary's copy.
    let overview = hits
        .iter()
        .find(|h| h["report_id"] == REGIONAL)
        .expect("the overview's NGO recommendation");
    let related = overview["related"].as_array().unwrap();
    assert_eq!(related.len(), 1, "{related:?}");
    assert_eq!(related[0]["report_id"], KAZ_SUMMARY);
    assert_eq!(related[0]["date"], "2021-07-22");
    let out = steppe(&["search", "ngo", "--action", "6"]);
    assert_eq!(out.status.code(), Some(2));
    // Findings: no category, no history.
    let out = steppe(&["search", "kettling", "!finding", "--json"]);
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&out.stdout) {
        for hit in v["hits"].as_array().unwrap() {
            assert!(hit["action_category"].is_null());
            assert_eq!(hit["related"], serde_json::json!([]));
        }
    }
    // Export: a CSV column and the JSON field.
    let csv = String::from_utf8(steppe(&["export", "--format", "csv"]).stdout).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let column = header.iter().position(|h| *h == "action_category").unwrap();
    let kettling = csv
        .lines()
        .find(|l| l.contains("Stop using kettling"))
        .unwrap();
    assert_eq!(kettling.split(',').nth(column), Some("5"), "{kettling}");
    let json: serde_json::Value =
        serde_json::from_slice(&steppe(&["export", "--format", "json"]).stdout).unwrap();
    let text = json.to_string();
    assert!(text.contains("\"action_category\":5"));
    assert!(text.contains("\"action_evidence\":\"examine\""));
}

fn run_on(state: &mut AppState, width: u16, height: u16, keys: &str) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut host = ScriptedHost::keys(keys);
    tui::run(&mut terminal, state, &mut host).unwrap();
    common::screen::lines(&terminal)
}

#[test]
fn the_reading_pane_lists_the_history_and_h_reads_it_then_comes_back() {
    let mut state = AppState::builtin();
    let keys = format!("/ {} enter enter", typed("ngo tax"));
    let screen = run_on(&mut state, 120, 40, &keys);
    let text = screen.join("\n");
    let (report, _, item) = state.current().unwrap();
    assert_eq!(report.id, REGIONAL, "{text}");
    let start = item.id.clone();
    assert!(text.contains("Also recommended in (H reads them"), "{text}");
    assert!(
        text.contains("• FPC 2021-07 Kazakhstan · 2021-07-22"),
        "{text}"
    );
    assert!(text.contains("Action: 5 of 5, specific action"), "{text}");
    // H: the Kazakhstan summary's version, whose own history names the overview.
    let screen = run_on(&mut state, 120, 40, "H");
    let text = screen.join("\n");
    let (report, _, item) = state.current().unwrap();
    assert_eq!(report.id, KAZ_SUMMARY, "{text}");
    assert!(item.text.starts_with("Stop targeting NGOs"));
    assert!(
        text.contains("also recommended in FPC 2021-07 Kazakhstan (1 of 1)"),
        "{text}"
    );
    assert!(
        text.contains("• FPC 2021-09 regional · 2021-09-30"),
        "{text}"
    );
    // H again: the end of the history, back to where it started.
    let screen = run_on(&mut state, 120, 40, "H");
    assert_eq!(state.current().unwrap().2.id, start);
    assert!(screen
        .join("\n")
        .contains("back to where the history started"));
}

#[test]
fn diff_of_the_kazakhstan_summary_and_the_overview_is_what_was_read_by_hand() {
    // The overview (September 2021) repeats three of the summary's (July 2021) recommendations
    // word for word (NGO tax inspections, trade unions, data protection) and rewords two
    // (parties: "independent and opposition" added; international mechanisms: "Examine the use
    // of" became "Use", "in Western jurisdictions" added). Everything else of the summary is
    // dropped, everything else of the overview new.
    let corpus = load_builtin().corpus;
    let a = steppe::relations::find_report(&corpus, "fpc-2021-07").unwrap();
    let b = steppe::relations::find_report(&corpus, "fpc-2021-09").unwrap();
    let diff = steppe::relations::diff(a, b);
    let opening = |id: &str| {
        let text = &corpus.find_item(id).unwrap().2.text;
        text.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let carried: Vec<String> = diff.carried_over.iter().map(|(x, _)| opening(x)).collect();
    assert_eq!(
        carried,
        vec![
            "Stop targeting NGOs",
            "Stop the continued",
            "Improve data protection"
        ]
    );
    for (x, y) in &diff.carried_over {
        assert_eq!(
            corpus.find_item(x).unwrap().2.text,
            corpus.find_item(y).unwrap().2.text
        );
    }
    let reworded: Vec<(String, String)> = diff
        .reworded
        .iter()
        .map(|(x, y)| (opening(x), opening(y)))
        .collect();
    assert_eq!(
        reworded,
        vec![
            ("Make it easier".to_string(), "Make it easier".to_string()),
            (
                "Examine the use".to_string(),
                "Use international mechanisms".to_string()
            ),
        ]
    );
    let a_items = a.items().filter(|i| i.kind != ItemKind::ListItem).count();
    let b_items = b.items().filter(|i| i.kind != ItemKind::ListItem).count();
    assert_eq!(diff.dropped.len(), a_items - 5);
    assert_eq!(diff.new.len(), b_items - 5);
    // Prefixes that name no report, or several, say so.
    assert!(steppe::relations::find_report(&corpus, "fpc").is_err());
    assert!(steppe::relations::find_report(&corpus, "nope").is_err());
}

#[test]
fn cli_diff_json_text_and_markdown() {
    let out = steppe(&["diff", "fpc-2021-07", "fpc-2021-09", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["carried_over", "dropped", "new", "reworded"]);
    let pair = &v["reworded"][0];
    assert_eq!(pair.as_array().unwrap().len(), 2);
    assert!(pair[0].as_str().unwrap().starts_with(KAZ_SUMMARY));
    assert!(pair[1].as_str().unwrap().starts_with(REGIONAL));
    assert!(v["new"][0].as_str().unwrap().starts_with(REGIONAL));
    assert!(v["dropped"][0].as_str().unwrap().starts_with(KAZ_SUMMARY));
    let text = String::from_utf8(steppe(&["diff", "fpc-2021-07", "fpc-2021-09"]).stdout).unwrap();
    assert!(text
        .starts_with("FPC 2021-07 Kazakhstan → FPC 2021-09 regional: 3 carried over, 2 reworded,"));
    assert!(text.contains("Make it easier for {+independent and opposition+} parties"));
    assert!(text.contains("[-Examine the use of-] {+Use+} international"));
    let md = String::from_utf8(
        steppe(&["diff", "fpc-2021-07", "fpc-2021-09", "--format", "markdown"]).stdout,
    )
    .unwrap();
    assert!(md.contains("\n## Reworded (2)\n"));
    assert!(md.contains("Make it easier for **independent and opposition** parties"));
    assert!(md.contains("~~Examine the use of~~ **Use** international"));
    let out = steppe(&["diff", "fpc", "fpc-2021-09"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("names several reports"));
}

#[test]
fn d_on_a_report_shows_what_changed_in_the_other_picked() {
    // Tab to the reports pane, down to the Kazakhstan summary's recommendations, D, then the
    // overview picked by a word of its title.
    let mut state = AppState::builtin();
    let keys = format!("tab j j j j j j D {} enter", typed("responding"));
    let screen = run_on(&mut state, 120, 40, &keys);
    let text = screen.join("\n");
    assert!(
        text.contains("FPC 2021-07 Kazakhstan → FPC 2021-09 regional: 3 carried over, 2"),
        "{text}"
    );
    assert!(text.contains("{+independent and opposition+}"), "{text}");
    assert!(text.contains("[-Examine the use of-] {+Use+}"), "{text}");
    // Esc closes it, back to the tree.
    let screen = run_on(&mut state, 120, 40, "esc");
    assert!(!screen.join("\n").contains("carried over"));
}

#[test]
fn a_long_history_lists_the_newest_eight_and_counts_the_rest_and_h_still_reads_every_one() {
    // Twelve copies of the built-in reports: a recommendation repeated in many reports.
    let loaded = steppe::corpus::Loaded {
        corpus: steppe::corpus::scale::scaled_corpus(12),
        ..Default::default()
    };
    let mut state = AppState::new(
        loaded,
        ImportRules::builtin(),
        steppe::tui::Keymap::builtin(),
        steppe::tui::Palette::default(),
    );
    let keys = format!("/ {} enter enter", typed("ngo tax"));
    let text = run_on(&mut state, 120, 48, &keys).join("\n");
    let item = state.current().unwrap().2.clone();
    let history = steppe::relations::related(&state.corpus, &item);
    assert!(history.len() > 8, "{} related: {text}", history.len());
    assert!(text.contains("Also recommended in (H reads them"), "{text}");
    let bullets = text.lines().filter(|l| l.contains("┃• ")).count();
    assert_eq!(bullets, 8, "{text}");
    assert!(
        text.contains(&format!("… and {} more", history.len() - 8)),
        "{text}"
    );
    // H reads past the eighth: the ninth is the ninth of the history.
    let mut status = String::new();
    for _ in 0..9 {
        status = run_on(&mut state, 120, 48, "H").join("\n");
    }
    assert_eq!(state.current().unwrap().2.id, history[8].id);
    assert!(
        status.contains(&format!("(9 of {})", history.len())),
        "{status}"
    );
}

#[test]
fn on_a_large_corpus_the_history_is_found_off_the_ui_thread() {
    let mut state = AppState::builtin();
    let wake = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    state.search.background = Some(std::sync::Arc::clone(&wake));
    state.search.background_from = 0; // as a corpus of 50 000 items would be
    let keys = format!("/ {} enter enter", typed("ngo tax"));
    let first = run_on(&mut state, 120, 40, &keys).join("\n");
    let listed = first.contains("Also recommended in (H reads them");
    assert!(
        listed || first.contains("Also recommended in: still looking…"),
        "{first}"
    );
    // The builder thread finishes on its own: the pane then lists the history, no key needed.
    let start = std::time::Instant::now();
    loop {
        let after = run_on(&mut state, 120, 40, "").join("\n");
        if after.contains("• FPC 2021-07 Kazakhstan · 2021-07-22") {
            break;
        }
        assert!(start.elapsed().as_secs() < 30, "never listed: {after}");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(wake.load(std::sync::atomic::Ordering::SeqCst));
}
