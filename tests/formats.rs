//! Saved web pages and PDFs import like text files: hand-made pages in the shapes of an NGO
//! release, a UN press release and a ministry statement (tests/fixtures/pages/), and PDFs the
//! tests lay out themselves with running headers, page-foot footnotes, hyphenated line ends and
//! numbered paragraphs. The same report as .txt, .html and .pdf gives the same recommendations.
//! All text is our own.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::{Path, PathBuf};
use std::process::Command;

use steppe::corpus::formats::pdf::write;
use steppe::corpus::{load, ImportRules, Loaded, Sources};
use steppe::{ItemKind, Report};

fn load_paths(paths: Vec<PathBuf>) -> Loaded {
    load(
        &Sources {
            paths,
            builtin: false,
        },
        &ImportRules::builtin(),
    )
    .expect("loads")
}

fn page(name: &str) -> (Report, Loaded) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(name);
    let loaded = load_paths(vec![path]);
    assert_eq!(loaded.corpus.reports.len(), 1, "{:?}", loaded.diagnostics);
    (loaded.corpus.reports[0].clone(), loaded)
}

fn recommendations(report: &Report) -> Vec<(String, String)> {
    report
        .items()
        .filter(|i| i.kind == ItemKind::Recommendation)
        .map(|i| (i.addressee.clone().unwrap_or_default(), i.text.clone()))
        .collect()
}

fn all_text(report: &Report) -> String {
    report
        .items()
        .map(|i| i.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn ngo_release_reads_title_date_publisher_and_recommendations_without_chrome() {
    let (r, loaded) = page("ngo-release.html");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(r.title, "Tajikistan: Lawyers jailed for doing their job");
    assert_eq!(r.date.as_deref(), Some("2024-05-14"));
    assert_eq!(r.publisher.as_deref(), Some("Steppe Rights Watch"));
    assert_eq!(
        r.url.as_deref(),
        Some("https://rights.example.org/news/2024/05/tajikistan-lawyers")
    );
    assert_eq!(r.countries, vec!["Tajikistan"]);
    let recs = recommendations(&r);
    assert_eq!(recs.len(), 4, "{recs:?}");
    assert_eq!(recs[0].0, "the government of Tajikistan");
    assert!(recs[0].1.starts_with("Release the two lawyers immediately"));
    assert_eq!(recs[3].0, "the European Union and its member states");
    // Non-breaking spaces and entities came out as plain text.
    let text = all_text(&r);
    assert!(text.contains("politically sensitive cases"), "{text}");
    assert!(text.contains("their clients’ cases"), "{text}");
    // Menus, share buttons, related links, newsletter and footer are not items.
    for chrome in [
        "Donate now",
        "Share on X",
        "Related content",
        "Subscribe",
        "cookies",
    ] {
        assert!(!text.contains(chrome), "{chrome} in {text}");
    }
    let dropped = &loaded.chrome[0].lines;
    assert!(
        dropped.iter().any(|l| l.contains("Share on X")),
        "{dropped:?}"
    );
    assert!(
        dropped.iter().any(|l| l.contains("Blogger freed")),
        "{dropped:?}"
    );
}

#[test]
fn un_press_release_reads_json_ld_canonical_link_footnotes_and_a_numbered_list() {
    let (r, loaded) = page("un-press-release.html");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(
        r.title,
        "Kazakhstan must protect peaceful protest, experts say"
    );
    assert_eq!(r.date.as_deref(), Some("2023-11-02"));
    assert_eq!(r.publisher.as_deref(), Some("United Nations Rights Office"));
    assert_eq!(
        r.url.as_deref(),
        Some("https://un.example.int/en/press/2023/11/kazakhstan-protest")
    );
    let recs = recommendations(&r);
    assert_eq!(recs.len(), 5, "{recs:?}");
    // The experts' call told in the lead ("… said today that Kazakhstan should bring its law
    // …"), then the list under its addressing lead-in.
    assert_eq!(recs[0].0, "Kazakhstan");
    assert!(recs[0].1.starts_with("Independent experts"));
    assert!(recs[1..]
        .iter()
        .all(|(to, _)| to == "the Government of Kazakhstan"));
    assert!(recs[1].1.starts_with("Replace the permit system"));
    // The nested item stays with its list.
    assert!(recs[3].1.starts_with("including those of people held"));
    let labels: Vec<&str> = r.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["1", "2"]);
    assert!(r.footnotes[1]
        .text
        .starts_with("Law of the Republic of Kazakhstan"));
    assert!(
        !r.footnotes[0].text.contains('↑'),
        "{}",
        r.footnotes[0].text
    );
    let cited: Vec<&str> = r
        .items()
        .flat_map(|i| i.footnotes.iter().map(String::as_str))
        .collect();
    assert_eq!(cited, ["1", "2"]);
    let text = all_text(&r);
    assert!(!text.contains("Latest news") && !text.contains("Press releases"));
}

#[test]
fn ministry_statement_in_a_layout_table_reads_its_title_from_the_title_tag() {
    let (r, loaded) = page("government-statement.htm");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(
        r.title,
        "Statement of the Ministry on the visit of the Special Rapporteur"
    );
    assert_eq!(r.date.as_deref(), Some("2022-09-30"));
    assert_eq!(r.countries, vec!["Kyrgyzstan"]);
    let text = all_text(&r);
    assert!(
        text.contains("study the recommendations carefully"),
        "{text}"
    );
    assert!(!text.contains("Main page") && !text.contains("When using materials"));
    // <br> lines stay apart: the place and date line is not glued to the name, and the
    // signature's short lines (name, place and date, phone), each a line its writer ended, are
    // no paragraph of the statement.
    assert!(!text.contains("MinistryBishkek"), "{text}");
    assert!(
        !text.contains("Press service of the Ministry Bishkek"),
        "{text}"
    );
    assert!(!text.contains("+996"), "{text}");
    let dropped = &loaded.chrome[0].lines;
    assert_eq!(dropped.len(), 5, "{dropped:?}");
}

// ---------------------------------------------------------------------------------------------
// One report, three formats

const TITLE: &str = "Concluding observations on the third periodic report of Kazakhstan";

/// Blocks of a UN-style report, Markdown-ish: `# ` headings, `[^n]` footnote markers.
fn report_blocks() -> Vec<String> {
    [
        "# A. Introduction",
        "1. The Committee considered the third periodic report of Kazakhstan at its meetings in July 2024. It thanks the State party for its written replies to the list of issues and for the constructive dialogue with a delegation drawn from several ministries.[^1]",
        "# B. Positive aspects",
        "2. The Committee welcomes the abolition of the death penalty for all crimes and the ratification of the Second Optional Protocol to the Covenant during the period under review.",
        "# C. Principal matters of concern and recommendations",
        "# Freedom of peaceful assembly",
        "3. The Committee is concerned that organisers of peaceful assemblies still need the agreement of local executive bodies, that such agreement is often refused without reasons, and that participants in gatherings held without it are regularly fined or detained for administrative offences. It is also concerned about reports of disproportionate force used against demonstrators in several regions.[^2]",
        "4. The State party should:",
        "(a) Replace the requirement of prior agreement with a simple notification procedure;",
        "(b) Ensure that no one is fined or detained solely for taking part in a peaceful assembly;",
        "(c) Investigate promptly all allegations of excessive force by law enforcement officials and bring those responsible to justice.",
        "# Freedom of expression",
        "5. The Committee is concerned about the continued use of criminal provisions on the dissemination of false information and on incitement to discord against journalists, bloggers and civil society activists, and about the broad definition of extremism in national legislation.[^3]",
        "6. The State party should decriminalise defamation and revise the provisions on false information and on extremism so that they comply with article 19 of the Covenant.",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn report_notes() -> Vec<(String, String)> {
    [
        (
            "1",
            "Written replies of the State party, received in April 2024.",
        ),
        (
            "2",
            "Information received from several civil society organisations.",
        ),
        (
            "3",
            "See the previous concluding observations of the Committee, para. 49.",
        ),
    ]
    .iter()
    .map(|(l, t)| (l.to_string(), t.to_string()))
    .collect()
}

fn as_text() -> String {
    let mut out = format!("{TITLE}\n\nHuman Rights Committee\n\n22 July 2024\n\n");
    for block in report_blocks() {
        out.push_str(&block.replace("[^", "[").replace("# ", ""));
        out.push_str("\n\n");
    }
    out.push_str("Notes\n\n");
    for (label, text) in report_notes() {
        out.push_str(&format!("[{label}] {text}\n"));
    }
    out
}

fn as_html() -> String {
    let mut body = String::new();
    for block in report_blocks() {
        let with_refs = |s: &str| {
            let mut out = s.to_string();
            for (label, _) in report_notes() {
                out = out.replace(
                    &format!("[^{label}]"),
                    &format!("<sup><a href=\"#fn{label}\" id=\"fnref{label}\">{label}</a></sup>"),
                );
            }
            out
        };
        match block.strip_prefix("# ") {
            Some(h) => body.push_str(&format!("<h2>{h}</h2>\n")),
            None => body.push_str(&format!("<p>{}</p>\n", with_refs(&block))),
        }
    }
    let notes: String = report_notes()
        .iter()
        .map(|(l, t)| format!("<li id=\"fn{l}\">{t} <a href=\"#fnref{l}\">↩</a></li>"))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>{TITLE} | Treaty bodies</title>\
         <meta property=\"article:published_time\" content=\"2024-07-22\"></head><body>\
         <header><nav><a href=\"/\">Home</a> <a href=\"/bodies\">Treaty bodies</a></nav></header>\
         <main><h1>{TITLE}</h1><p class=\"subtitle\">Human Rights Committee</p>\
         <p><time datetime=\"2024-07-22\">22 July 2024</time></p>\n{body}\
         <section class=\"footnotes\"><ol>{notes}</ol></section></main>\
         <footer><p>Contact the secretariat</p></footer></body></html>"
    )
}

fn as_pdf(compress: bool) -> Vec<u8> {
    let mut blocks = vec![
        format!("# {TITLE}"),
        "Human Rights Committee".to_string(),
        "22 July 2024".to_string(),
    ];
    blocks.extend(report_blocks());
    // Long enough to run over several pages.
    write::report(
        &blocks,
        &report_notes(),
        "CCPR/C/KAZ/CO/3",
        "GE.24-11843(E)",
        18,
        compress,
    )
}

#[test]
fn the_same_report_as_text_page_and_pdf_gives_the_same_recommendations() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("kaz.txt"), as_text()).unwrap();
    std::fs::write(dir.path().join("kaz-page.html"), as_html()).unwrap();
    std::fs::write(dir.path().join("kaz-doc.pdf"), as_pdf(true)).unwrap();
    let loaded = load_paths(vec![dir.path().to_path_buf()]);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let by_id = |id: &str| {
        loaded
            .corpus
            .reports
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("no {id}"))
    };
    let (text, html, pdf) = (by_id("kaz"), by_id("kaz-page"), by_id("kaz-doc"));
    let expected = recommendations(text);
    assert_eq!(expected.len(), 4, "{expected:?}");
    assert_eq!(expected[0].0, "Kazakhstan (the State party)");
    assert!(expected[0]
        .1
        .starts_with("Replace the requirement of prior agreement"));
    assert_eq!(recommendations(html), expected);
    assert_eq!(recommendations(pdf), expected);
    for r in [text, html, pdf] {
        assert_eq!(r.title, TITLE, "{}", r.id);
        assert_eq!(r.date.as_deref(), Some("2024-07-22"), "{}", r.id);
        assert_eq!(r.countries, vec!["Kazakhstan"], "{}", r.id);
        let notes: Vec<(&str, &str)> = r
            .footnotes
            .iter()
            .map(|f| (f.label.as_str(), f.text.as_str()))
            .collect();
        let expected_notes = report_notes();
        let expected_notes: Vec<(&str, &str)> = expected_notes
            .iter()
            .map(|(l, t)| (l.as_str(), t.as_str()))
            .collect();
        assert_eq!(notes, expected_notes, "{}", r.id);
        // Every item, findings included, reads the same.
        assert_eq!(all_text(r), all_text(text), "{}", r.id);
    }
}

#[test]
fn pdf_running_headers_page_numbers_and_job_number_are_chrome_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaz.pdf");
    std::fs::write(&path, as_pdf(false)).unwrap();
    let loaded = load_paths(vec![path]);
    let r = &loaded.corpus.reports[0];
    let text = all_text(r);
    assert!(!text.contains("CCPR/C/KAZ/CO/3"), "{text}");
    assert!(!text.contains("GE.24"), "{text}");
    // Hyphenated line ends were joined: every word of the source is whole.
    assert!(text.contains("disproportionate force"), "{text}");
    assert!(!text.contains("- "), "{text}");
    let dropped = &loaded.chrome[0].lines;
    assert!(dropped.iter().any(|l| l == "GE.24-11843(E)"), "{dropped:?}");
    assert!(dropped.iter().any(|l| l == "1"), "{dropped:?}");
    assert!(
        dropped.iter().filter(|l| *l == "CCPR/C/KAZ/CO/3").count() >= 2,
        "{dropped:?}"
    );
    // The layout did hyphenate words at line ends (so the joins above were tested).
    let raw = as_pdf(false);
    let hyphenated = raw.windows(6).filter(|w| w == b"-) Tj ").count();
    assert!(hyphenated >= 1, "{hyphenated}");
    // Numbered paragraphs and lettered subparagraphs each start a paragraph of their own.
    let converted = steppe::corpus::formats::pdf::convert(&raw).unwrap();
    for start in [
        "\n\n3. The Committee is concerned",
        "\n\n4. The State party should:\n\n(a) Replace",
        "\n\n(c) Investigate",
    ] {
        assert!(
            converted.text.contains(start),
            "{start:?} in {}",
            converted.text
        );
    }
    assert!(
        converted.text.contains("\n\n# Freedom of expression\n\n"),
        "{}",
        converted.text
    );
}

// ---------------------------------------------------------------------------------------------
// Unusable PDFs, through the real binary

fn steppe(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_steppe"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A PDF whose page is only an image: what a scanner makes.
fn scan_pdf() -> Vec<u8> {
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
        b"<< /Length 34 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\n\nendstream".to_vec(),
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream".to_vec(),
        b"<< /Producer (a scanner) >>".to_vec(),
    ];
    write::assemble(&objects, 6)
}

#[test]
fn a_scanned_pdf_is_named_with_its_reason_and_the_other_files_still_load() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("scan.pdf"), scan_pdf()).unwrap();
    std::fs::write(dir.path().join("kaz.pdf"), as_pdf(true)).unwrap();
    let folder = dir.path().to_str().unwrap();
    let (code, stdout, stderr) = steppe(&["list", folder]);
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(stdout.contains(TITLE), "{stdout}");
    assert!(
        stderr.contains("scan.pdf:1: error: no text layer: this PDF is a scan; run OCR first"),
        "{stderr}"
    );
    let (code, stdout, _) = steppe(&["check", folder]);
    assert_eq!(code, 1);
    assert!(stdout.contains("no text layer"), "{stdout}");
    assert!(stdout.contains("kaz.pdf: "), "{stdout}");
    assert!(
        stdout.contains("lines dropped as page chrome (-v lists them)"),
        "{stdout}"
    );
    let (_, verbose, _) = steppe(&["check", "-v", folder]);
    assert!(verbose.contains("\n    CCPR/C/KAZ/CO/3\n"), "{verbose}");
}

#[test]
fn encrypted_and_truncated_pdfs_are_refused_with_their_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut encrypted = as_pdf(false);
    // An /Encrypt entry with a user password that is not empty (a handler lopdf knows).
    let trailer = b"trailer\n<< ";
    let at = encrypted
        .windows(trailer.len())
        .rposition(|w| w == trailer)
        .unwrap();
    encrypted.splice(
        at + trailer.len()..at + trailer.len(),
        b"/Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (fedcba9876543210fedcba9876543210) /P -4 >> /ID [(0123456789abcdef) (0123456789abcdef)] "
            .iter()
            .copied(),
    );
    std::fs::write(dir.path().join("locked.pdf"), &encrypted).unwrap();
    let full = as_pdf(true);
    std::fs::write(dir.path().join("cut.pdf"), &full[..full.len() / 3]).unwrap();
    for (name, reason) in [("locked.pdf", "encrypted PDF"), ("cut.pdf", "damaged PDF")] {
        let path = dir.path().join(name);
        let (code, _, stderr) = steppe(&["list", path.to_str().unwrap()]);
        assert_eq!(code, 2, "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("{name}:1: error: {reason}")),
            "{stderr}"
        );
    }
}

fn word_processor_pdf(name: &str) -> (Report, Loaded) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pdfs")
        .join(name);
    let loaded = load_paths(vec![path]);
    assert_eq!(loaded.corpus.reports.len(), 1, "{:?}", loaded.diagnostics);
    (loaded.corpus.reports[0].clone(), loaded)
}

/// A word processor's PDF of UN concluding observations: the running header and footer go,
/// the page-foot notes (their numbers set tight against the text) become footnotes linked from
/// their markers, "5. The State party should:" introduces (a)–(c), and the numbered
/// paragraphs stay paragraphs.
#[test]
fn a_word_processor_pdf_of_concluding_observations_imports_right() {
    let (report, loaded) = word_processor_pdf("un-kaz.pdf");
    assert_eq!(
        report.title,
        "Concluding observations on the third periodic report of Kazakhstan"
    );
    assert_eq!(report.date.as_deref(), Some("2025-08-14"));
    assert_eq!(report.countries, vec!["Kazakhstan".to_string()]);
    let labels: Vec<&str> = report.footnotes.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"]);
    assert!(report.footnotes[0].text.starts_with("CCPR/C/SR.4101"));
    let cited: Vec<&str> = report
        .items()
        .flat_map(|i| i.footnotes.iter().map(String::as_str))
        .collect();
    assert_eq!(cited, ["1", "2", "3", "4"]);
    let recs = recommendations(&report);
    let openings: Vec<String> = recs
        .iter()
        .map(|(_, t)| t.split_whitespace().take(4).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        openings,
        [
            "Repeal the requirement that",
            "Ensure that inspections of",
            "Bring the law on",
            "The State party should",
            "The State party should",
            "The State party should",
            "The State party should",
            "The State party should",
        ]
    );
    assert!(recs
        .iter()
        .all(|(a, _)| a == "Kazakhstan (the State party)"));
    // Paragraph 1 is a paragraph (its footnote marker ends the sentence), not a stray list.
    let first = report.items().next().expect("items");
    assert_eq!(first.kind, ItemKind::Paragraph);
    assert!(first.text.starts_with("The Committee considered"));
    // A paragraph cut by a page break (with notes between) is whole again.
    assert!(all_text(&report).contains("blocking of websites and the throttling of mobile"));
    let text = all_text(&report);
    for chrome in ["CCPR/C/KAZ/CO/3", "GE.25-11842"] {
        assert!(!text.contains(chrome), "{chrome} kept");
    }
    assert_eq!(loaded.chrome[0].lines.len(), 4, "{:?}", loaded.chrome);
    assert!(
        !loaded
            .diagnostics
            .iter()
            .any(|d| d.message.contains("no footnote text") || d.message.contains("no lead-in")),
        "{:?}",
        loaded.diagnostics
    );
}

/// The same NGO briefing in one column and in two: the same items, the two-line title whole,
/// the cover's "March 2025" as its date, and the symbol-font bullets as recommendations to the
/// addressee of their lead-in.
#[test]
fn a_two_column_pdf_reads_like_the_one_column_one() {
    let (one, _) = word_processor_pdf("ngo-taj.pdf");
    let (two, _) = word_processor_pdf("ngo-taj-2col.pdf");
    for report in [&one, &two] {
        assert_eq!(
            report.title,
            "Closing the Space: Civil Society in Tajikistan, 2020–2025"
        );
        assert_eq!(report.date.as_deref(), Some("2025-03"));
        assert_eq!(report.countries, vec!["Tajikistan".to_string()]);
        let addressees: Vec<String> = recommendations(report)
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        assert_eq!(
            addressees,
            [
                "the Government of Tajikistan",
                "the Government of Tajikistan",
                "the Government of Tajikistan",
                "the Government of Tajikistan",
                "the European Union and its member states",
                "the European Union and its member states",
                "the OSCE",
            ]
        );
        assert!(all_text(report).contains("Gorno-Badakhshan Autonomous Region"));
        assert_eq!(report.footnotes.len(), 1);
    }
    let texts = |r: &Report| -> Vec<(ItemKind, String)> {
        r.items().map(|i| (i.kind, i.text.clone())).collect()
    };
    assert_eq!(texts(&one), texts(&two));
}
