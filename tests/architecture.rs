//! The reader's shape, checked on the source: components never name another component (every
//! `super::…` path is resolved to the module it lands in), views never take `&mut` state and
//! never call update code. A rule broken here is an import circle or a view that changes state.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

use std::path::{Path, PathBuf};

const COMPONENTS: &str = "src/tui/components";

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file under `src/`: `src/tui/components/compare/view.rs` →
/// `tui::components::compare::view`.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix("src").unwrap();
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// Code without comments (line comments and doc comments), so prose may name anything.
fn code(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            Some(at) => &l[..at],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every module path the code names, resolved: `super::super::x` from `a::b::c` is `a::x`;
/// `crate::tui::y` is `tui::y`.
fn paths_named(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        if starts_word && (rest.starts_with("super::") || rest.starts_with("crate::")) {
            let mut j = i;
            let mut segments = Vec::new();
            loop {
                let start = j;
                while j < bytes.len() && (bytes[j].is_alphanumeric() || bytes[j] == '_') {
                    j += 1;
                }
                if start == j {
                    break;
                }
                segments.push(bytes[start..j].iter().collect::<String>());
                if bytes.get(j) == Some(&':') && bytes.get(j + 1) == Some(&':') {
                    j += 2;
                } else {
                    break;
                }
            }
            let mut base: Vec<String> = if segments.first().is_some_and(|s| s == "crate") {
                segments.remove(0);
                Vec::new()
            } else {
                let supers = segments.iter().take_while(|s| *s == "super").count();
                segments.drain(..supers);
                module[..module.len().saturating_sub(supers)].to_vec()
            };
            base.extend(segments);
            out.push(base);
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn component_files() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(COMPONENTS).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let mut files = Vec::new();
            rust_files(&path, &mut files);
            out.extend(files.into_iter().map(|f| (name.clone(), f)));
        }
    }
    out
}

#[test]
fn components_never_name_another_component() {
    let files = component_files();
    assert!(files.len() >= 14, "the components moved? {files:?}");
    let mut broken = Vec::new();
    for (name, file) in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let module = module_of(file);
        for path in paths_named(&module, &code(&text)) {
            let into_components = path.len() >= 3 && path[0] == "tui" && path[1] == "components";
            if into_components && path[2] != *name && path[2] != "Ctx" && path[2] != "Scroll" {
                broken.push(format!("{}: {}", file.display(), path.join("::")));
            }
        }
        // The other spelling of the same thing.
        for other in [
            "compare", "help", "picker", "problems", "prompt", "reader", "tree",
        ] {
            if other != name && code(&text).contains(&format!("components::{other}")) {
                broken.push(format!("{}: components::{other}", file.display()));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "components naming others:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_checker_resolves_super_paths() {
    let module: Vec<String> = ["tui", "components", "compare", "view"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let paths = paths_named(
        &module,
        "use super::super::prompt::SearchUi; use super::super::super::state::AppState;",
    );
    assert_eq!(paths[0], ["tui", "components", "prompt", "SearchUi"]);
    assert_eq!(paths[1], ["tui", "state", "AppState"]);
    let paths = paths_named(&module, "crate::tui::components::tree::info(state)");
    assert_eq!(paths[0], ["tui", "components", "tree", "info"]);
}

/// Every view file: each component's `view.rs` or `view/`, and `src/tui/view/`.
fn view_files() -> Vec<PathBuf> {
    let mut all = Vec::new();
    rust_files(Path::new("src/tui"), &mut all);
    all.into_iter()
        .filter(|f| {
            f.components().any(|c| c.as_os_str() == "view")
                || f.file_name().is_some_and(|n| n == "view.rs")
        })
        .collect()
}

#[test]
fn views_only_read() {
    let files = view_files();
    assert!(files.len() >= 10, "{files:?}");
    let mut broken = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let code = code(&text);
        // Signatures take no `&mut` but the frame; nothing borrows the state mutably.
        let mut in_signature = false;
        for (n, line) in code.lines().enumerate() {
            if line.contains("fn ") {
                in_signature = true;
            }
            let mutable = line.replace("&mut Frame", "");
            let bad = (in_signature && mutable.contains("&mut "))
                || ["&mut state", "&mut AppState", "&mut self", "as_mut()"]
                    .iter()
                    .any(|m| mutable.contains(m));
            if bad {
                broken.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
            if line.contains('{') || line.contains(';') {
                in_signature = false;
            }
        }
        let module = module_of(file);
        for path in paths_named(&module, &code) {
            let calls_update = path.iter().any(|s| s == "app" || s == "update");
            if path.first().is_some_and(|p| p == "tui") && calls_update {
                broken.push(format!("{}: {}", file.display(), path.join("::")));
            }
        }
        if code.contains(".update(") {
            broken.push(format!("{}: calls an update", file.display()));
        }
    }
    assert!(
        broken.is_empty(),
        "views that change state:\n{}",
        broken.join("\n")
    );
}
