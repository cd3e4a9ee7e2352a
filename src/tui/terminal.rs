//! The real terminal: raw mode, alternate screen and mouse capture on the way in; restored on
//! every way out — normal exit, error, panic (a hook that restores first, then prints the
//! message) and SIGTERM/SIGHUP (an SSH connection dropping). Frames are wrapped in
//! synchronized-output markers (DEC mode 2026) so a slow link never shows a half-drawn screen.
//! When stdout is not a terminal the reader draws on `/dev/tty`, keeping stdout free for
//! `--copy-to -`.

use std::fs::{File, OpenOptions};
use std::io::{self, IsTerminal, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use super::state::AppState;
use super::Host;

/// Where `y`/`Y` put text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CopyTarget {
    /// OSC 52: the terminal (even across SSH) puts it on the user's own clipboard.
    #[default]
    Osc52,
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

/// Puts the terminal back as it was. Safe to call more than once and from the panic hook.
pub fn restore() {
    if let Ok(mut out) = Tty::open() {
        let _ = execute!(
            out,
            crossterm::style::Print("\x1b[?2026l"),
            DisableMouseCapture,
            LeaveAlternateScreen,
            cursor::Show
        );
    }
    let _ = disable_raw_mode();
}

/// Printed after a panic, once the terminal is restored.
pub const CRASH_NOTE: &str = "steppe crashed; this is a bug, not your input. Please report it to \
the steppe maintainers (see README.md) with the message above and the command you ran.";

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
        // Not eprintln!: a panic in the hook (stderr gone with the terminal) would abort.
        let _ = writeln!(io::stderr(), "{CRASH_NOTE}");
    }));
}

/// The OSC 52 sequence that puts `text` on the clipboard (one unwrapped base64 line), wrapped in
/// tmux's passthrough when `in_tmux`.
pub fn osc52(text: &str, in_tmux: bool) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    if in_tmux {
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

struct TerminalHost {
    out: Tty,
    input: Input,
    stop: Arc<AtomicUsize>,
    /// Raised by a background search when its hits are ready: the loop must redraw.
    wake: Arc<AtomicBool>,
    copy_to: CopyTarget,
    for_stdout: Vec<String>,
}

impl Host for TerminalHost {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        loop {
            if self.stop.load(Ordering::SeqCst) != 0 {
                return Ok(None);
            }
            if self.wake.swap(false, Ordering::SeqCst) {
                // No input, but something to draw: an event the reader ignores.
                return Ok(Some(Event::FocusGained));
            }
            if self.input.hung_up() {
                self.stop
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
            CopyTarget::Osc52 => {
                let tmux = std::env::var_os("TMUX").is_some_and(|v| !v.is_empty());
                self.out.write_all(osc52(text, tmux).as_bytes())?;
                self.out.flush()?;
                Ok(if tmux {
                    "OSC 52 via tmux".to_string()
                } else {
                    "OSC 52".to_string()
                })
            }
            CopyTarget::File(path) => {
                let mut file = OpenOptions::new().create(true).append(true).open(path)?;
                file.write_all(text.as_bytes())?;
                if !text.ends_with('\n') {
                    file.write_all(b"\n")?;
                }
                Ok(format!(
                    "appended to {}",
                    crate::text::sanitize(&path.display().to_string())
                ))
            }
            CopyTarget::Stdout => {
                self.for_stdout.push(text.to_string());
                Ok("printed on stdout when steppe closes".to_string())
            }
        }
    }

    fn begin_frame(&mut self) -> io::Result<()> {
        self.out.write_all(b"\x1b[?2026h")?;
        self.out.flush()
    }

    fn end_frame(&mut self) -> io::Result<()> {
        self.out.write_all(b"\x1b[?2026l")?;
        self.out.flush()
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
pub fn run(mut state: AppState, copy_to: CopyTarget) -> io::Result<Outcome> {
    let stop = Arc::new(AtomicUsize::new(0));
    let signals = [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ];
    for signal in signals {
        signal_hook::flag::register_usize(signal, Arc::clone(&stop), signal as usize)?;
    }
    install_panic_hook();
    let done = Arc::new(AtomicBool::new(false));
    let input = Input::open()?;
    watch_for_hang_up(input.clone(), Arc::clone(&stop), Arc::clone(&done));
    let mut out = Tty::open()?;
    enable_raw_mode()?;
    let entered = execute!(out, EnterAlternateScreen, EnableMouseCapture);
    let result = entered.and_then(|()| {
        let backend = CrosstermBackend::new(Tty::open()?);
        let mut terminal = Terminal::new(backend)?;
        let wake = Arc::new(AtomicBool::new(false));
        state.search.background = Some(Arc::clone(&wake));
        let mut host = TerminalHost {
            out: Tty::open()?,
            input: input.clone(),
            stop: Arc::clone(&stop),
            wake,
            copy_to,
            for_stdout: Vec::new(),
        };
        // Hidden hook for the end-to-end tests of the panic path: a crash mid-session.
        if std::env::var_os("STEPPE_TEST_PANIC").is_some_and(|v| v == "1") {
            terminal.draw(|frame| super::view::draw(frame, &state))?;
            panic!("STEPPE_TEST_PANIC=1: crash requested by a test");
        }
        super::run(&mut terminal, &mut state, &mut host)?;
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
            stop.store(hup as usize, Ordering::SeqCst);
            Vec::new()
        }
        Err(err) => return Err(err),
    };
    let signal = match stop.load(Ordering::SeqCst) {
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
