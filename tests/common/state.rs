//! The built-in reader state, built once per test binary and cloned for each test
//! (`AppState::builtin()` imports the built-in reports and builds the search index: done in every
//! test it cost most of the UI tests' time).

#![allow(dead_code)] // not every test binary that includes `common` uses it

use std::sync::{Mutex, OnceLock};

use steppe::tui::AppState;

/// A fresh copy of the built-in reader (built-in reports, rules, keymap and theme).
pub fn builtin() -> AppState {
    static STATE: OnceLock<Mutex<AppState>> = OnceLock::new();
    let state = STATE.get_or_init(|| Mutex::new(AppState::builtin()));
    // A test that panicked while holding the lock left the state as it was: still usable.
    state
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
}
