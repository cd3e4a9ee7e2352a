//! The real terminal: raw mode, alternate screen, bracketed paste and (unless `--no-mouse`)
//! button-and-wheel mouse reporting on the way in; restored on every way out — normal exit,
//! error, panic (a hook that restores first, then prints the message) and SIGTERM, SIGHUP,
//! SIGINT and SIGQUIT. Job control works as in other full-screen programs: ctrl-z (a keymap
//! action) and SIGTSTP restore the terminal and stop; SIGCONT enters raw mode again and redraws
//! everything. Frames are wrapped in synchronized updates (crossterm's
//! `BeginSynchronizedUpdate`) so a slow link never shows a half-drawn screen. Nothing here
//! blocks the loop: copying to a file or FIFO happens on a worker thread with a timeout. When
//! stdout is not a terminal the reader draws on `/dev/tty`, keeping stdout free for
//! `--copy-to -`.

use std::fs::{File, OpenOptions};
use std::io::{self, IsTerminal, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, BeginSynchronizedUpdate, EndSynchronizedUpdate,
    EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute, Command};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use super::state::AppState;
use super::Host;

/// Where `y`/`Y` put text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CopyTarget {
    /// OSC 52: the terminal (even across SSH) puts it on the user's own clipboard. Inside tmux
    /// the plain sequence is sent too: tmux takes it into its buffer (and passes it on) with its
    /// default `set-clipboard external` or `on`.
    #[default]
    Osc52,
    /// OSC 52 wrapped in tmux's DCS passthrough (`--osc52-passthrough`), for a tmux with
    /// `set-clipboard off` and `allow-passthrough on`.
    Osc52Passthrough,
    /// Appended to a file.
    File(PathBuf),
    /// Printed on stdout when the reader closes.
    Stdout,
}

/// How the reader ended.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The signal that ended it, if any (the caller exits with 128 + signal).
    pub signal: Option<i32>,
    /// Text copied with `--copy-to -`, to print now that the screen is restored.
    pub for_stdout: Vec<String>,
}

/// The terminal output: stdout when it is a terminal, else `/dev/tty`.
pub enum Tty {
    Stdout(io::Stdout),
    Device(File),
}

impl Tty {
    pub fn open() -> io::Result<Tty> {
        if io::stdout().is_terminal() {
            Ok(Tty::Stdout(io::stdout()))
        } else {
            Ok(Tty::Device(
                OpenOptions::new().write(true).open("/dev/tty")?,
            ))
        }
    }
}

impl Write for Tty {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Tty::Stdout(s) => s.write(buf),
            Tty::Device(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Tty::Stdout(s) => s.flush(),
            Tty::Device(f) => f.flush(),
        }
    }
}

/// Bytes of terminal output gathered before a write: more than a full 160×48 frame with
/// colours (about 60 KiB), so each frame is written at once.
const FRAME_BUFFER: usize = 256 << 10;

/// Mouse reporting for clicks and the wheel only (xterm's mode 1000, SGR coordinates 1006): no
/// motion events (`?1003h` sends bytes over SSH on every move and stops drag-to-select).
#[derive(Debug, Clone, Copy)]
pub struct EnableButtonMouse;

impl Command for EnableButtonMouse {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1006h")
    }
}

/// Turns off every mouse mode steppe or an older version may have turned on.
#[derive(Debug, Clone, Copy)]
pub struct DisableMouse;

impl Command for DisableMouse {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1006l\x1b[?1003l\x1b[?1002l\x1b[?1000l")
    }
}

/// How the reader uses the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Report clicks and the wheel (`--no-mouse` turns it off).
    pub mouse: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { mouse: true }
    }
}

/// Takes the terminal: raw mode, alternate screen, bracketed paste, mouse.
fn enter(out: &mut impl Write, options: Options) -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    if options.mouse {
        execute!(out, EnableButtonMouse)?;
    }
    Ok(())
}

/// Puts the terminal back as it was. Safe to call more than once and from the panic hook.
pub fn restore() {
    if let Ok(mut out) = Tty::open() {
        let _ = execute!(
            out,
            EndSynchronizedUpdate,
            DisableMouse,
            DisableBracketedPaste,
            LeaveAlternateScreen,
            cursor::Show
        );
    }
    let _ = disable_raw_mode();
}

/// Why the reader cannot start without a terminal, and what to do instead.
pub fn no_terminal_message(err: &io::Error) -> String {
    format!(
        "steppe: the reader needs a terminal, and there is none here ({err}).\n\
         Over SSH, ask for one: ssh -t HOST steppe\n\
         Without a terminal, use a subcommand: steppe search WORDS, steppe list, \
         steppe show ID, steppe compare A B (steppe --help lists them)"
    )
}

/// Checks that there is a terminal to draw on and read keys from, before anything is changed.
pub fn check_terminal() -> io::Result<()> {
    Tty::open()?;
    Input::open()?;
    Ok(())
}

/// Printed after a panic, once the terminal is restored.
pub const CRASH_NOTE: &str = "steppe crashed; this is a bug, not your input. Please report it to \
the steppe maintainers (see README.md) with the message above and the command you ran.";

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    let main = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
        // Not eprintln!: a panic in the hook (stderr gone with the terminal) would abort.
        let _ = writeln!(io::stderr(), "{CRASH_NOTE}");
        // A background thread (loading, search, comparison, history) that panics has restored
        // the terminal under the running reader: the reader must not go on drawing into it.
        if std::thread::current().id() != main {
            std::process::exit(101);
        }
    }));
}

/// The OSC 52 sequence that puts `text` on the clipboard (one unwrapped base64 line), wrapped in
/// tmux's passthrough when `passthrough`.
pub fn osc52(text: &str, passthrough: bool) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    if passthrough {
        format!("\x1bPtmux;\x1b\x1b]52;c;{encoded}\x07\x1b\\")
    } else {
        format!("\x1b]52;c;{encoded}\x07")
    }
}

/// The terminal the keys come from (crossterm reads stdin when it is a terminal, else
/// `/dev/tty`), watched for a hang-up: when an SSH connection or a terminal window goes away
/// without a SIGHUP reaching steppe (it is not the session leader, say), reads return end-of-file
/// forever and the reader would spin instead of ending.
#[derive(Clone)]
struct Input {
    /// A duplicate of stdin's descriptor, or `/dev/tty` opened for reading.
    fd: Arc<OwnedFd>,
}

impl Input {
    fn open() -> io::Result<Input> {
        let fd = if io::stdin().is_terminal() {
            io::stdin().as_fd().try_clone_to_owned()?
        } else {
            OwnedFd::from(File::open("/dev/tty")?)
        };
        Ok(Input { fd: Arc::new(fd) })
    }

    /// Whether the terminal has hung up (the other end of the pty is gone).
    fn hung_up(&self) -> bool {
        use rustix::event::{poll, PollFd, PollFlags};
        let mut fds = [PollFd::new(&*self.fd, PollFlags::IN)];
        let zero = rustix::event::Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        match poll(&mut fds, Some(&zero)) {
            Ok(n) if n > 0 => fds[0]
                .revents()
                .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL),
            _ => false,
        }
    }
}

/// Signal flags the loop watches.
#[derive(Clone, Default)]
struct Signals {
    /// A signal that ends the reader (its number), or 0.
    stop: Arc<AtomicUsize>,
    /// SIGTSTP arrived: suspend.
    suspend: Arc<AtomicBool>,
    /// SIGCONT arrived: take the terminal again and redraw.
    resumed: Arc<AtomicBool>,
}

/// How long the loop waits for a copy to a file before it goes on (the copy finishes in the
/// background, or never: a FIFO nobody reads).
const COPY_WAIT: Duration = Duration::from_millis(500);

struct TerminalHost {
    out: Tty,
    input: Input,
    signals: Signals,
    options: Options,
    /// Raised by a background search when its hits are ready: the loop must redraw.
    wake: Arc<AtomicBool>,
    copy_to: CopyTarget,
    for_stdout: Vec<String>,
    repaint: bool,
}

impl TerminalHost {
    /// Gives the terminal back to the shell, stops, and takes it again once continued.
    fn stop_and_continue(&mut self) -> io::Result<()> {
        restore();
        // Stop the whole foreground job (a wrapper shell too, so the shell takes the terminal
        // back), as a shell's own ctrl-z would; this thread stops here until `fg` (SIGCONT).
        if rustix::process::kill_current_process_group(rustix::process::Signal::STOP).is_err() {
            signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
        }
        self.take_terminal()
    }

    /// Raw mode, alternate screen, paste and mouse again (after SIGCONT), then a full redraw.
    fn take_terminal(&mut self) -> io::Result<()> {
        enter(&mut self.out, self.options)?;
        self.signals.resumed.store(false, Ordering::SeqCst);
        self.repaint = true;
        Ok(())
    }
}

/// Appends `text` (and a newline) to a file on a worker thread, opening it non-blocking (a FIFO
/// without a reader fails at once instead of hanging); waits at most [`COPY_WAIT`].
fn copy_to_file(path: &std::path::Path, text: &str) -> io::Result<String> {
    use std::os::unix::fs::OpenOptionsExt;
    let (done, result) = std::sync::mpsc::channel();
    let (path_owned, text) = (path.to_path_buf(), text.to_string());
    std::thread::Builder::new()
        .name("steppe-copy".into())
        .spawn(move || {
            let written = (|| {
                let mut file = OpenOptions::new()
                    .create(true)
                    .append(true)
                    .custom_flags(libc::O_NONBLOCK)
                    .open(&path_owned)?;
                file.write_all(text.as_bytes())?;
                if !text.ends_with('\n') {
                    file.write_all(b"\n")?;
                }
                Ok::<(), io::Error>(())
            })();
            let _ = done.send(written);
        })?;
    let shown = crate::text::shown_path(path);
    match result.recv_timeout(COPY_WAIT) {
        Ok(Ok(())) => Ok(format!("appended to {shown}")),
        Ok(Err(err)) if err.raw_os_error() == Some(libc::ENXIO) => Err(io::Error::other(format!(
            "{shown} is a FIFO that nothing reads"
        ))),
        Ok(Err(err)) => Err(io::Error::other(format!("{shown}: {err}"))),
        Err(_) => Ok(format!(
            "still being written to {shown} (it does not take the text yet)"
        )),
    }
}

impl Host for TerminalHost {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        loop {
            if self.signals.stop.load(Ordering::SeqCst) != 0 {
                return Ok(None);
            }
            if self.signals.suspend.swap(false, Ordering::SeqCst) {
                self.stop_and_continue()?;
                return Ok(Some(Event::FocusGained));
            }
            if self.signals.resumed.load(Ordering::SeqCst) {
                // Stopped and continued from outside (SIGSTOP, then SIGCONT): the shell may have
                // put the terminal back in cooked mode and drawn over the screen.
                self.take_terminal()?;
                return Ok(Some(Event::FocusGained));
            }
            if self.wake.swap(false, Ordering::SeqCst) {
                // No input, but something to draw: an event the reader ignores.
                return Ok(Some(Event::FocusGained));
            }
            if self.input.hung_up() {
                self.signals
                    .stop
                    .store(signal_hook::consts::SIGHUP as usize, Ordering::SeqCst);
                return Ok(None);
            }
            match event::poll(Duration::from_millis(50)) {
                Ok(true) => return event::read().map(Some),
                Ok(false) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    fn copy(&mut self, text: &str) -> io::Result<String> {
        match &self.copy_to {
            CopyTarget::Osc52 | CopyTarget::Osc52Passthrough => {
                let passthrough = self.copy_to == CopyTarget::Osc52Passthrough;
                self.out.write_all(osc52(text, passthrough).as_bytes())?;
                self.out.flush()?;
                // Whether the terminal acted on it cannot be known: say what was done.
                Ok(if passthrough {
                    "sent to the terminal's clipboard (OSC 52 through tmux passthrough)".to_string()
                } else {
                    "sent to the terminal's clipboard (OSC 52)".to_string()
                })
            }
            CopyTarget::File(path) => copy_to_file(path, text),
            CopyTarget::Stdout => {
                self.for_stdout.push(text.to_string());
                Ok("printed on stdout when steppe closes".to_string())
            }
        }
    }

    fn suspend(&mut self) -> io::Result<()> {
        self.stop_and_continue()
    }

    fn take_repaint(&mut self) -> bool {
        std::mem::take(&mut self.repaint)
    }

    fn begin_frame(&mut self) -> io::Result<()> {
        execute!(self.out, BeginSynchronizedUpdate)
    }

    fn end_frame(&mut self) -> io::Result<()> {
        execute!(self.out, EndSynchronizedUpdate)
    }
}

/// How often the hang-up watchdog looks at the terminal.
const WATCH_INTERVAL: Duration = Duration::from_millis(250);

/// Ends the process when the terminal hangs up and the loop cannot notice. crossterm's reader
/// spins forever on a terminal that returns end-of-file (its read loop only stops on
/// `WouldBlock`), so the main thread may never come back from `event::poll`; this thread sets the
/// stop flag, gives the loop one interval to end on its own, then exits with 128 + SIGHUP (there
/// is no screen left to restore).
fn watch_for_hang_up(input: Input, stop: Arc<AtomicUsize>, done: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !done.load(Ordering::SeqCst) {
            std::thread::sleep(WATCH_INTERVAL);
            if input.hung_up() {
                let hup = signal_hook::consts::SIGHUP;
                stop.store(hup as usize, Ordering::SeqCst);
                std::thread::sleep(WATCH_INTERVAL * 2);
                if !done.load(Ordering::SeqCst) {
                    let _ = disable_raw_mode();
                    std::process::exit(128 + hup);
                }
                return;
            }
        }
    });
}

/// Runs the reader on the real terminal and restores it afterwards, whatever happens.
pub fn run(state: &mut AppState, copy_to: CopyTarget, options: Options) -> io::Result<Outcome> {
    let signals = Signals::default();
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        signal_hook::flag::register_usize(signal, Arc::clone(&signals.stop), signal as usize)?;
    }
    signal_hook::flag::register(SIGTSTP, Arc::clone(&signals.suspend))?;
    signal_hook::flag::register(SIGCONT, Arc::clone(&signals.resumed))?;
    install_panic_hook();
    let done = Arc::new(AtomicBool::new(false));
    let input = Input::open()?;
    watch_for_hang_up(input.clone(), Arc::clone(&signals.stop), Arc::clone(&done));
    let mut out = Tty::open()?;
    let entered = enter(&mut out, options);
    let result = entered.and_then(|()| {
        // A whole frame goes out in one write: unbuffered (a `/dev/tty` file) or stdout's
        // 1 KiB line buffer, a frame that changes half the screen is dozens of small writes,
        // each a chance for a loaded machine to run something else before the frame is done.
        let backend =
            CrosstermBackend::new(io::BufWriter::with_capacity(FRAME_BUFFER, Tty::open()?));
        let mut terminal = Terminal::new(backend)?;
        let wake = Arc::new(AtomicBool::new(false));
        state.search.background = Some(Arc::clone(&wake));
        let mut host = TerminalHost {
            out: Tty::open()?,
            input: input.clone(),
            signals: signals.clone(),
            options,
            wake,
            copy_to,
            for_stdout: Vec::new(),
            repaint: false,
        };
        // Hidden hook for the end-to-end tests of the panic path: a crash mid-session.
        match std::env::var_os("STEPPE_TEST_PANIC") {
            Some(v) if v == "1" => {
                terminal.draw(|frame| super::view::draw(frame, state))?;
                panic!("STEPPE_TEST_PANIC=1: crash requested by a test");
            }
            // The same on a background thread while the reader runs.
            Some(v) if v == "thread" => {
                std::thread::spawn(|| {
                    std::thread::sleep(std::time::Duration::from_millis(300));
                    panic!("STEPPE_TEST_PANIC=thread: crash requested by a test");
                });
            }
            _ => {}
        }
        super::run(&mut terminal, state, &mut host)?;
        Ok(host.for_stdout)
    });
    restore();
    done.store(true, Ordering::SeqCst);
    let hup = signal_hook::consts::SIGHUP;
    let for_stdout = match result {
        Ok(for_stdout) => for_stdout,
        // Writing to a terminal that went away fails; that is a hang-up, not an error to print
        // on the very terminal that is gone.
        Err(_) if input.hung_up() => {
            signals.stop.store(hup as usize, Ordering::SeqCst);
            Vec::new()
        }
        Err(err) => return Err(err),
    };
    let signal = match signals.stop.load(Ordering::SeqCst) {
        0 => None,
        s => Some(s as i32),
    };
    Ok(Outcome { signal, for_stdout })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(encoded: &str) -> String {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .expect("base64");
        String::from_utf8(bytes).expect("utf-8")
    }

    #[test]
    fn the_mouse_reports_clicks_and_the_wheel_but_not_motion() {
        let mut on = String::new();
        EnableButtonMouse.write_ansi(&mut on).unwrap();
        assert_eq!(on, "\x1b[?1000h\x1b[?1006h");
        assert!(!on.contains("1003") && !on.contains("1002"));
        let mut off = String::new();
        DisableMouse.write_ansi(&mut off).unwrap();
        for mode in ["1000", "1002", "1003", "1006"] {
            assert!(off.contains(&format!("?{mode}l")), "{off}");
        }
    }

    #[test]
    fn osc52_is_one_unwrapped_base64_line() {
        let text = "Stop targeting NGOs with punitive tax inspections – “now”.\n".repeat(40);
        let seq = osc52(&text, false);
        let payload = seq
            .strip_prefix("\x1b]52;c;")
            .and_then(|s| s.strip_suffix('\x07'))
            .expect("OSC 52 framing");
        assert!(!payload.contains(['\n', '\r']), "wrapped base64");
        assert_eq!(decode(payload), text);
    }

    #[test]
    fn osc52_in_tmux_is_wrapped_in_passthrough_with_escapes_doubled() {
        let seq = osc52("Magnitsky", true);
        let inner = seq
            .strip_prefix("\x1bPtmux;")
            .and_then(|s| s.strip_suffix("\x1b\\"))
            .expect("tmux passthrough framing");
        // Inside the passthrough every ESC is doubled.
        let inner = inner.replace("\x1b\x1b", "\x1b");
        assert_eq!(inner, osc52("Magnitsky", false));
    }
}
