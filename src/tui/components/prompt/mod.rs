//! The `/` search prompt: its input (a [`TextInput`] edited through the `[prompt]` keymap),
//! the parsed query, the hits, the selection, the history and the last confirmed search that
//! `n`/`N` step through. Matching itself is [`crate::search`]. Its `update` returns messages:
//! the app shows the selected hit ([`Msg::Preview`]), goes to it ([`Msg::OpenItem`]) or back.

pub mod view;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};

use crate::corpus::model::{Corpus, ItemRef};
use crate::corpus::ImportRules;
use crate::search::{Hit, Query, SearchIndex, SearchSession, DEFAULT_LIMIT, HANDFUL};

use super::super::action::Action;
use super::super::input::TextInput;
use super::super::msg::Msg;
use super::super::state::{Level, Place, Status};
use super::Ctx;

/// Queries kept in the session's history.
const HISTORY: usize = 50;

/// From this many items on (in the terminal), the whole search runs on the worker thread, not
/// only its typo tier: a one-letter query over 1000× the built-in reports (330 000 items) takes
/// about 40 ms, and a keystroke must show at once. 50 000 items search in about 5 ms.
pub const BACKGROUND_SEARCH_ITEMS: usize = 50_000;

/// What the worker hands back: the generation (query) the hits belong to, and the hits.
type Answer = (u64, Vec<Hit>);

/// Where the search worker leaves its answer.
type WorkerSlot = Arc<Mutex<Option<Answer>>>;

/// A search for the worker thread.
#[derive(Debug)]
struct Job {
    generation: u64,
    query: Query,
    /// Run the exact tier too (else the typo tier alone: the exact hits are on screen
    /// already).
    exact: bool,
}

impl Job {
    /// The hits, the exact tier narrowing from the worker's own `session` (the last query it
    /// searched in full).
    fn run(self, index: &SearchIndex, session: &mut SearchSession) -> Answer {
        if self.exact {
            let hits = session.search(index, &self.query, DEFAULT_LIMIT, false);
            if hits.len() >= HANDFUL {
                return (self.generation, hits);
            }
        }
        (
            self.generation,
            index.search_in(&self.query, DEFAULT_LIMIT, None, true),
        )
    }
}

/// Starts the one search worker: it takes the newest job (older ones waiting are dropped),
/// searches, and leaves the answer in `slot` if no newer query came meanwhile, raising `wake`.
fn start_worker(
    index: Arc<SearchIndex>,
    current: Arc<AtomicU64>,
    slot: WorkerSlot,
    wake: Arc<AtomicBool>,
) -> Option<mpsc::Sender<Job>> {
    let (jobs, queue) = mpsc::channel::<Job>();
    std::thread::Builder::new()
        .name("steppe-search".into())
        .spawn(move || {
            // Below the UI thread: on a busy machine a keystroke's frame must not wait for a
            // search (on Linux the nice value is the calling thread's own). Best effort.
            #[cfg(target_os = "linux")]
            let _ = rustix::process::setpriority_process(None, 10);
            let mut session = SearchSession::default();
            while let Ok(mut job) = queue.recv() {
                while let Ok(newer) = queue.try_recv() {
                    job = newer;
                }
                if current.load(Ordering::SeqCst) != job.generation {
                    continue;
                }
                let answer = job.run(&index, &mut session);
                if current.load(Ordering::SeqCst) == answer.0 {
                    if let Ok(mut slot) = slot.lock() {
                        *slot = Some(answer);
                        wake.store(true, Ordering::SeqCst);
                    }
                }
            }
        })
        .ok()?;
    Some(jobs)
}

/// The reader's search: the index (built once), the open prompt and the last results.
#[derive(Debug)]
pub struct SearchUi {
    pub index: Arc<SearchIndex>,
    session: SearchSession,
    /// What the user typed in the prompt.
    pub input: TextInput,
    /// `input` parsed.
    pub query: Query,
    /// Hits of `query`, best first.
    pub hits: Vec<Hit>,
    /// Selected hit in the prompt's list.
    pub selected: usize,
    /// The view before the prompt opened (Esc goes back to it).
    pub before: Option<Place>,
    /// The prompt was opened from the comparison view: Esc goes back to it.
    pub from_comparison: bool,
    /// Earlier queries of this session, oldest first.
    pub history: Vec<String>,
    /// Position in `history` while recalling with ↑.
    history_at: Option<usize>,
    /// The last query confirmed with Enter and its hits, for `n`/`N` and highlighting.
    pub last: Option<LastSearch>,
    /// When set (the real terminal), the typo tier runs on a worker thread and this flag is
    /// raised when its hits are ready; tests leave it unset and search synchronously.
    pub background: Option<Arc<AtomicBool>>,
    /// From this many items on, the worker runs the whole search
    /// ([`BACKGROUND_SEARCH_ITEMS`]; tests lower it).
    pub background_from: usize,
    /// Generation of the newest query; a worker's hits for an older one are dropped.
    generation: Arc<AtomicU64>,
    /// Where the worker puts its hits, with the generation they were searched for.
    results: WorkerSlot,
    /// The worker's queue (started with the first background search).
    worker: Option<mpsc::Sender<Job>>,
    /// A search waiting to be handed to the worker once the frame is drawn.
    queued: Option<Job>,
    /// Generation the worker is still searching for.
    pending: Option<u64>,
    /// The hits shown are an earlier query's: the worker runs the whole search for this one.
    stale: bool,
    /// False while the reader's reports are still loading ([`SearchUi::waiting`]): the prompt
    /// takes typing, and searches when [`SearchUi::install`] brings the index.
    ready: bool,
}

/// A confirmed search: what `n`/`N` step through.
#[derive(Debug, Clone, PartialEq)]
pub struct LastSearch {
    pub input: String,
    /// The query's folded words (highlighted in items that are not hits).
    pub words: Vec<String>,
    pub hits: Vec<Hit>,
    /// Index of the hit shown now.
    pub at: usize,
}

/// A copy shares the index but not the worker: its own generation counter and answer slot, no
/// search pending (copies of one state, as tests make, must not drop each other's answers).
impl Clone for SearchUi {
    fn clone(&self) -> Self {
        SearchUi {
            index: Arc::clone(&self.index),
            session: self.session.clone(),
            input: self.input.clone(),
            query: self.query.clone(),
            hits: self.hits.clone(),
            selected: self.selected,
            before: self.before.clone(),
            from_comparison: self.from_comparison,
            history: self.history.clone(),
            history_at: self.history_at,
            last: self.last.clone(),
            background: self.background.clone(),
            background_from: self.background_from,
            generation: Arc::new(AtomicU64::new(self.generation.load(Ordering::SeqCst))),
            results: Arc::new(Mutex::new(None)),
            worker: None,
            queued: None,
            pending: None,
            stale: false,
            ready: self.ready,
        }
    }
}

impl SearchUi {
    /// Builds the index over the corpus.
    pub fn new(corpus: &Corpus) -> Self {
        Self::with_index(SearchIndex::new(corpus))
    }

    /// Over an index built already (the on-disk cache's).
    pub fn with_index(index: SearchIndex) -> Self {
        SearchUi {
            index: Arc::new(index),
            session: SearchSession::default(),
            input: TextInput::default(),
            query: Query::default(),
            hits: Vec::new(),
            selected: 0,
            before: None,
            from_comparison: false,
            history: Vec::new(),
            history_at: None,
            last: None,
            background: None,
            background_from: BACKGROUND_SEARCH_ITEMS,
            generation: Arc::new(AtomicU64::new(0)),
            results: Arc::new(Mutex::new(None)),
            worker: None,
            queued: None,
            pending: None,
            stale: false,
            ready: true,
        }
    }

    /// Before the index is in (the reader's reports are still loading): typing is taken, and
    /// the query runs once [`SearchUi::install`] brings the index.
    pub fn waiting() -> Self {
        SearchUi {
            ready: false,
            ..Self::with_index(SearchIndex::new(&Corpus::default()))
        }
    }

    /// Puts the index in place once the reports are in, and runs what was typed meanwhile.
    pub fn install(&mut self, index: SearchIndex, rules: &ImportRules) {
        self.index = Arc::new(index);
        self.session = SearchSession::default();
        // The worker searches the index it was started with: a new one starts with the next
        // background search.
        self.worker = None;
        self.ready = true;
        if !self.input.is_empty() {
            self.refresh(rules);
        }
    }

    /// True while the index is not in yet ([`SearchUi::waiting`]).
    pub fn loading(&self) -> bool {
        !self.ready
    }

    /// Parses the input and searches (every edit, and once for a paste). An empty query shows
    /// nothing; filters alone (`@kaz #torture !rec`) list everything they allow.
    ///
    /// With `background` set (the terminal), the exact tier runs here and, when it finds fewer
    /// than a handful, the typo tier runs on the worker thread; on a corpus of
    /// [`BACKGROUND_SEARCH_ITEMS`] or more the whole search runs there and the last hits stay
    /// on screen, marked as searching, until the new ones come. A newer keystroke makes the
    /// older query's answer stale (generation counter): the UI never waits for the worker.
    pub fn refresh(&mut self, rules: &ImportRules) {
        self.query = Query::parse(self.input.text(), &rules.gazetteer, &rules.themes);
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        self.queued = None;
        self.pending = None;
        self.stale = false;
        self.selected = 0;
        if (self.query.is_empty() && !self.query.filters_only())
            || !self.query.problems.is_empty()
            || !self.ready
        {
            self.hits = Vec::new();
            return;
        }
        let Some(wake) = self.background.clone() else {
            self.hits = self
                .session
                .search(&self.index, &self.query, DEFAULT_LIMIT, true);
            return;
        };
        let large = self.index.len() >= self.background_from;
        if !large {
            self.hits = self
                .session
                .search(&self.index, &self.query, DEFAULT_LIMIT, false);
            if self.hits.len() >= HANDFUL {
                return;
            }
        }
        let job = Job {
            generation,
            query: self.query.clone(),
            exact: large,
        };
        if self.worker.is_none() {
            self.worker = start_worker(
                Arc::clone(&self.index),
                Arc::clone(&self.generation),
                Arc::clone(&self.results),
                wake,
            );
        }
        if self.worker.is_some() {
            // Sent after the next frame is drawn (`dispatch`): a worker woken now could take
            // the CPU from the frame that shows the typed letter.
            self.queued = Some(job);
            self.pending = Some(generation);
            self.stale = large;
        } else {
            // No thread to be had: search here, as the tests do.
            self.search_here();
        }
    }

    /// Hands the queued search to the worker (the loop calls it once the frame is drawn).
    pub fn dispatch(&mut self) {
        let Some(job) = self.queued.take() else {
            return;
        };
        let sent = self
            .worker
            .as_ref()
            .is_some_and(|worker| worker.send(job).is_ok());
        if !sent {
            self.worker = None;
            self.search_here();
        }
    }

    /// The whole search for the current query, on this thread (no worker, or Enter while the
    /// worker is still searching); a worker's answer still on its way is dropped.
    fn search_here(&mut self) {
        self.queued = None;
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.pending = None;
        self.stale = false;
        self.hits = self
            .session
            .search(&self.index, &self.query, DEFAULT_LIMIT, true);
    }

    /// Takes the worker's hits if they are for the newest query. True when the hits changed.
    pub fn receive(&mut self) -> bool {
        let Some(generation) = self.pending else {
            return false;
        };
        let taken = match self.results.lock() {
            Ok(mut slot) => slot.take(),
            Err(_) => None,
        };
        match taken {
            Some((g, hits)) if g == generation => {
                self.hits = hits;
                self.pending = None;
                self.stale = false;
                true
            }
            _ => false,
        }
    }

    /// True while the worker is still searching for the newest query (its near-spellings, or
    /// on a large corpus everything).
    pub fn searching(&self) -> bool {
        self.pending.is_some() || !self.ready
    }

    /// True while the hits shown are an earlier query's (the worker searches for this one).
    pub fn stale(&self) -> bool {
        self.stale
    }

    /// Folded words to highlight in the reading pane: those of the open prompt, else of the
    /// last confirmed search.
    pub fn terms_for(&self, open: bool, at: ItemRef) -> Vec<String> {
        let (hits, words) = if open {
            (&self.hits, &self.query.words)
        } else {
            match &self.last {
                Some(last) => (&last.hits, &last.words),
                None => return Vec::new(),
            }
        };
        hits.iter()
            .find(|h| to_tree(h) == at)
            .map_or_else(|| words.clone(), |h| h.terms.clone())
    }

    fn remember(&mut self) {
        let input = self.input.text().trim().to_string();
        if input.is_empty() {
            return;
        }
        self.history.retain(|h| *h != input);
        self.history.push(input);
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
    }
}

/// The tree's reference for a hit.
pub fn to_tree(hit: &Hit) -> ItemRef {
    hit.at
}

fn status(level: Level, text: &str) -> Msg {
    Msg::Status(Status {
        level,
        text: text.to_string(),
    })
}

impl SearchUi {
    /// Opens the prompt over `from` (Esc goes back there; to the comparison when
    /// `from_comparison`).
    pub fn open(&mut self, from: Place, from_comparison: bool, ctx: &Ctx) {
        self.before = Some(from);
        self.from_comparison = from_comparison;
        self.input.clear();
        self.history_at = None;
        self.refresh(ctx.rules);
    }

    /// Shows the background typo-tier hits when they have arrived (called by the loop before
    /// each frame); the messages preview the selection.
    pub fn poll(&mut self, open: bool) -> Option<Vec<Msg>> {
        if !self.receive() {
            return None;
        }
        Some(if open { self.preview() } else { Vec::new() })
    }

    /// Shows the selected hit without recording a jump (or the place before, with no hit).
    pub fn preview(&self) -> Vec<Msg> {
        vec![Msg::Preview {
            at: self.hits.get(self.selected).map(to_tree),
            from: self.before.clone(),
        }]
    }

    /// Closes the prompt and goes back to where the user was (the comparison, if the prompt
    /// was opened there).
    fn cancel(&mut self) -> Vec<Msg> {
        let mut out = vec![Msg::CloseOverlay];
        if let Some(before) = self.before.take() {
            out.push(Msg::Restore(before));
        }
        if std::mem::take(&mut self.from_comparison) {
            out.push(Msg::ComeBack);
        }
        out
    }

    /// Enter: closes the prompt and goes to the selected hit (the jump list can go back).
    fn confirm(&mut self) -> Vec<Msg> {
        if self.stale {
            // Enter goes to a hit of what was typed, not of an earlier query.
            self.search_here();
        }
        let Some(hit) = self.hits.get(self.selected).cloned() else {
            return Vec::new(); // "no matches": the prompt stays open
        };
        self.remember();
        self.last = Some(LastSearch {
            input: self.input.text().trim().to_string(),
            words: self.query.words.clone(),
            hits: self.hits.clone(),
            at: self.selected,
        });
        // The hit is read in the tree; a comparison it was searched from stays one Esc away.
        self.from_comparison = false;
        let mut out = vec![Msg::CloseOverlay];
        if let Some(before) = self.before.take() {
            out.push(Msg::Restore(before));
        }
        out.push(Msg::OpenItem {
            at: to_tree(&hit),
            country: None,
        });
        out
    }

    /// `n` / `N`: the next or previous hit of the last search.
    pub fn step(&mut self, delta: isize, search_key: &str) -> Vec<Msg> {
        let Some(last) = &mut self.last else {
            return vec![status(
                Level::Info,
                &format!("no search yet ({search_key} searches)"),
            )];
        };
        let n = last.hits.len() as isize;
        if n == 0 {
            return Vec::new();
        }
        last.at = (last.at as isize + delta).rem_euclid(n) as usize;
        vec![Msg::OpenItem {
            at: to_tree(&last.hits[last.at]),
            country: None,
        }]
    }

    /// "/tax 3/11" for the status bar, when there is a last search.
    pub fn position(&self) -> Option<String> {
        let last = self.last.as_ref()?;
        Some(format!(
            "/{} {}/{}",
            last.input,
            last.at + 1,
            last.hits.len()
        ))
    }

    /// Moves the selection in the list and previews it.
    fn move_selection(&mut self, delta: isize) -> Vec<Msg> {
        let n = self.hits.len();
        if n == 0 {
            return Vec::new();
        }
        let next = (self.selected as isize + delta).clamp(0, n as isize - 1);
        self.selected = next as usize;
        self.preview()
    }

    fn recall(&mut self, older: bool, rules: &ImportRules) -> Vec<Msg> {
        if self.history.is_empty() {
            return Vec::new();
        }
        let at = match (self.history_at, older) {
            (None, true) => self.history.len() - 1,
            (None, false) => return Vec::new(),
            (Some(i), true) => i.saturating_sub(1),
            (Some(i), false) if i + 1 < self.history.len() => i + 1,
            (Some(_), false) => {
                self.history_at = None;
                self.input.clear();
                self.refresh(rules);
                return self.preview();
            }
        };
        self.history_at = Some(at);
        self.input.set(&self.history[at]);
        self.refresh(rules);
        self.preview()
    }

    /// Typed text (a key's character, or a whole paste: searched once).
    pub fn type_text(&mut self, text: &str, ctx: &Ctx) -> Vec<Msg> {
        let left_out = self.input.insert(text);
        self.history_at = None;
        self.refresh(ctx.rules);
        let mut out = self.preview();
        if left_out > 0 {
            out.push(status(
                Level::Warning,
                &format!(
                    "the query is at most {} characters: {left_out} left out",
                    super::super::input::MAX_INPUT
                ),
            ));
        }
        out
    }

    /// An action of the `[prompt]` keymap while the prompt is open.
    pub fn update(&mut self, action: Action, ctx: &Ctx) -> Vec<Msg> {
        let recalling = self.history_at.is_some();
        match action {
            Action::Close | Action::Back | Action::Quit => self.cancel(),
            Action::Open => self.confirm(),
            Action::MoveUp if self.input.is_empty() || recalling => self.recall(true, ctx.rules),
            Action::MoveDown if recalling => self.recall(false, ctx.rules),
            Action::MoveUp => self.move_selection(-1),
            Action::MoveDown => self.move_selection(1),
            Action::PageDown | Action::HalfPageDown => self.move_selection(10),
            Action::PageUp | Action::HalfPageUp => self.move_selection(-10),
            edit if edit.edits_text() => {
                if self.input.apply(edit) {
                    self.history_at = None;
                    self.refresh(ctx.rules);
                    self.preview()
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        }
    }
}
