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
