//! Coming back where you left off: the reader's last place, filters, open comparison and search
//! history, kept in a small JSON file under `$XDG_STATE_HOME/steppe/` (or
//! `~/.local/state/steppe/`). Places are saved by name and id (country, report id, item id), not
//! by index, so a changed library restores what still exists. A file that is unreadable, corrupt,
//! of another version or too large is ignored with a status message, never fatal; `--fresh`
//! skips it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::compare::Show;
use crate::tree::{Filter, Scope};

use super::components::compare::CompareView;
use super::components::Ctx;
use super::state::{AppState, Focus, Level, Place, Status};

/// Version of the file's shape; another version is ignored.
pub const VERSION: u32 = 1;
/// Largest session file read (it is a few hundred bytes).
const MAX_BYTES: u64 = 256 * 1024;
/// Queries kept.
const MAX_HISTORY: usize = 50;

/// What is kept between runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    /// The countries pane's entry (`None`: All / Regional).
    pub country: Option<String>,
    pub report: Option<String>,
    /// Index of the section in its report.
    pub section: Option<usize>,
    pub item: Option<String>,
    pub focus: String,
    pub recommendations_only: bool,
    pub theme: Option<String>,
    pub comparison: Option<SavedComparison>,
    pub history: Vec<String>,
}

/// An open comparison.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedComparison {
    pub countries: Vec<String>,
    pub theme: Option<String>,
    pub show: String,
    pub recommendations_only: bool,
}

/// `$XDG_STATE_HOME/steppe/session.json`, or `~/.local/state/steppe/session.json`.
pub fn default_path() -> Option<PathBuf> {
    std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
        .map(|base| base.join("steppe").join("session.json"))
}

fn focus_name(focus: Focus) -> &'static str {
    match focus {
        Focus::Countries => "countries",
        Focus::Sections => "sections",
        Focus::Items => "items",
        Focus::Reader => "reader",
    }
}

impl Session {
    /// What to keep of the reader as it is now.
    pub fn of(state: &AppState) -> Session {
        let place = state.place();
        let report = place
            .section
            .and_then(|(r, _)| state.corpus.reports.get(r))
            .map(|r| r.id.clone());
        Session {
            version: VERSION,
            country: match &place.scope {
                Scope::Country(name) => Some(name.clone()),
                Scope::Regional => None,
            },
            report,
            section: place.section.map(|(_, s)| s),
            item: state.current().map(|(_, _, item)| item.id.clone()),
            focus: focus_name(place.focus).to_string(),
            recommendations_only: state.tree.filter.recommendations_only,
            theme: state.tree.filter.theme.clone(),
            comparison: state.compare.as_ref().filter(|v| v.shown).map(|v| {
                let options = &v.comparison.options;
                SavedComparison {
                    countries: v
                        .comparison
                        .countries
                        .iter()
                        .map(|c| c.to_string())
                        .collect(),
                    theme: options.theme.as_ref().map(|t| t.as_str().to_string()),
                    show: options.show.label().to_string(),
                    recommendations_only: options.recommendations_only,
                }
            }),
            history: state
                .search
                .history
                .iter()
                .rev()
                .take(MAX_HISTORY)
                .rev()
                .cloned()
                .collect(),
        }
    }

    /// Reads a session file. `Ok(None)`: there is none yet.
    pub fn load(path: &Path) -> Result<Option<Session>, String> {
        if !path.exists() {
            return Ok(None);
        }
        let text =
            crate::corpus::read::read_text(path, MAX_BYTES, "session").map_err(|e| e.reason())?;
        let session: Session = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        if session.version != VERSION {
            return Err(format!(
                "version {} (this steppe keeps {VERSION})",
                session.version
            ));
        }
        Ok(Some(session))
    }

    /// Writes the file (a temporary file renamed over it, so a crash never leaves half a file).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        let temporary = path.with_extension("json.tmp");
        std::fs::write(&temporary, text)?;
        std::fs::rename(&temporary, path)
    }

    /// Puts the reader back where this session was; what no longer exists is skipped.
    pub fn apply(&self, state: &mut AppState) {
        let filter = Filter {
            recommendations_only: self.recommendations_only,
            theme: self
                .theme
                .clone()
                .filter(|t| state.themes.iter().any(|(id, _)| id == t)),
        };
        // (The tree was just built without a filter: built again only for another one.)
        if filter != state.tree.filter {
            state.tree.set_filter(filter, &state.corpus);
        }
        state.search.history = self
            .history
            .iter()
            .map(|h| crate::text::sanitize(h))
            .take(MAX_HISTORY)
            .collect();
        let scope = match &self.country {
            Some(name) => Scope::Country(name.clone()),
            None => Scope::Regional,
        };
        let item = self.item.as_deref().and_then(|id| {
            state
                .corpus
                .items_with_refs()
                .find(|(_, item)| item.id == id)
                .map(|(at, _)| at)
        });
        let section = self
            .report
            .as_deref()
            .and_then(|id| state.corpus.reports.iter().position(|r| r.id == id))
            .zip(self.section);
        // What no longer exists is skipped: the country, then the section, then the item.
        state.tree.restore(&Place {
            scope,
            item,
            section,
            focus: Focus::Items,
        });
        state.tree.focus = match self.focus.as_str() {
            "sections" => Focus::Sections,
            "items" => Focus::Items,
            "reader" if state.current().is_some() => Focus::Reader,
            "countries" => Focus::Countries,
            _ => Focus::Items,
        };
        if let Some(saved) = &self.comparison {
            match &mut state.loading {
                // A comparison needs every report: opened once they are in.
                Some(loading) => loading.comparison = Some(saved.clone()),
                None => reopen_comparison(state, saved),
            }
        }
    }
}

/// Opens a saved comparison again, when its countries are still loaded.
pub fn reopen_comparison(state: &mut AppState, saved: &SavedComparison) {
    let known = crate::compare::MAX_COUNTRIES >= saved.countries.len()
        && saved.countries.len() >= 2
        && saved.countries.iter().all(|c| {
            state
                .tree
                .nodes
                .position(&Scope::Country(c.clone()))
                .is_some()
        });
    if known {
        // Checked above: each names a country of the loaded reports.
        let saved_countries: Vec<crate::resolve::CountryId> = saved
            .countries
            .iter()
            .map(|c| crate::resolve::CountryId::new(c.as_str()))
            .collect();
        let ctx = Ctx {
            corpus: &state.corpus,
            rules: &state.rules,
            keymap: &state.keymap,
            themes: &state.themes,
            tree: &state.tree.nodes,
            size: state.size,
            place: state.place(),
            background: None,
        };
        let (mut view, _) = CompareView::new(saved_countries.clone(), ctx.place.clone(), &ctx);
        let options = crate::compare::Options {
            theme: saved
                .theme
                .as_deref()
                .filter(|t| {
                    state.themes.iter().any(|(id, _)| id == t) || *t == crate::compare::NO_THEME
                })
                .map(crate::compare::ThemeLimit::from_id),
            show: saved.show.parse().unwrap_or(Show::All),
            recommendations_only: saved.recommendations_only,
        };
        if options != crate::compare::Options::default() {
            view.rebuild(saved_countries, options, &ctx);
        }
        state.compare = Some(view);
    }
}

/// Restores the session at `path` into the reader; a problem becomes a status message.
pub fn restore(state: &mut AppState, path: &Path) {
    match Session::load(path) {
        Ok(Some(session)) => session.apply(state),
        Ok(None) => {}
        Err(why) => not_restored(state, path, &why),
    }
}

/// Says in the status bar that the session file at `path` could not be used, and why.
pub fn not_restored(state: &mut AppState, path: &Path, why: &str) {
    state.status = Some(Status {
        level: Level::Warning,
        text: format!(
            "last session not restored ({}: {why}); starting fresh",
            crate::text::shown_path(path)
        ),
    });
}
