//! End-to-end: the real binary in tmux at 80×24; `/`, typing "magnitsky" and Enter shows the
//! Magnitsky recommendation in the reading pane.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may stop at the first surprise

mod common;

use common::{tmux_available, Session};

#[test]
fn slash_magnitsky_enter_shows_the_recommendation() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("search", 80, 24, "");
    s.run_steppe("");
    s.wait_for("Countries");
    s.keys(&["/"]);
    s.wait_for("Search");
    s.type_text("magnitsky");
    s.wait_for("/magnitsky ");
    s.wait_for("1/6");
    s.keys(&["Enter"]);
    let screen = s.wait_for("[/magnitsky 1/6]");
    assert!(!screen.contains("Search ·"), "{screen}");
    assert!(
        screen.contains("Deploy ‘Magnitsky’ personal Sanctions"),
        "{screen}"
    );
    assert!(screen.contains("Reading"), "{screen}");
    s.keys(&["q"]);
    s.wait_for("EXIT=0");
    s.assert_sane();
}
