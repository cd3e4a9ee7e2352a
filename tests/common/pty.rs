//! A pseudo-terminal for driving the real binary without tmux: open one of a given size, start a
//! program on its slave side, read what it draws from the master. Used by the end-to-end tests
//! and by the benchmarks that count bytes and time to the first frame
//! (`#[path = "../tests/common/pty.rs"]`).

#![allow(dead_code)] // each user takes a different part

use std::fs::File;
use std::io::Read;
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::OpenOptionsExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A pty of `width`×`height`: the master (close-on-exec, so the child cannot keep its own
/// terminal alive; non-blocking, for polling reads) and the slave for the child.
pub fn open(width: u16, height: u16) -> (File, OwnedFd) {
    use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
    let master =
        openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC).expect("openpt");
    grantpt(&master).expect("grantpt");
    unlockpt(&master).expect("unlockpt");
    let name = ptsname(&master, Vec::new()).expect("ptsname");
    let slave = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_NOCTTY)
        .open(std::ffi::OsStr::from_bytes(name.as_bytes()))
        .expect("open the pty slave");
    rustix::termios::tcsetwinsize(
        &master,
        rustix::termios::Winsize {
            ws_row: height,
            ws_col: width,
            ws_xpixel: 0,
            ws_ypixel: 0,
        },
    )
    .expect("window size");
    let flags = rustix::fs::fcntl_getfl(&master).expect("flags");
    rustix::fs::fcntl_setfl(&master, flags | rustix::fs::OFlags::NONBLOCK).expect("non-blocking");
    (File::from(master), OwnedFd::from(slave))
}

/// A state folder (`XDG_STATE_HOME`) for one spawned program: its own within this run (a
/// counter), and emptied first, so a reader never starts at a place saved by another test or by
/// an earlier run whose test binary had the same pid.
fn fresh_state_dir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir =
        std::env::temp_dir().join(format!("steppe-tests-state/pty-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Starts `program args` with the pty slave as stdin, stdout and stderr, in its own process
/// group (the pty is not its controlling terminal, so closing the master sends no SIGHUP).
pub fn spawn(program: &str, args: &[&str], slave: OwnedFd) -> Child {
    use std::os::unix::process::CommandExt;
    Command::new(program)
        .args(args)
        .env("TERM", "xterm-256color")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env("XDG_DATA_HOME", "/nonexistent-steppe-data")
        .env("XDG_STATE_HOME", fresh_state_dir())
        .env_remove("STEPPE_LIBRARY")
        .stdin(Stdio::from(slave.try_clone().expect("dup")))
        .stdout(Stdio::from(slave.try_clone().expect("dup")))
        .stderr(Stdio::from(slave))
        .process_group(0)
        .spawn()
        .expect("spawn")
}

/// Reads from the master until `done(bytes so far)` holds, or output has been quiet for `quiet`
/// after at least one byte, or 10 s pass; returns the bytes.
pub fn read_until(master: &mut File, quiet: Duration, done: impl Fn(&[u8]) -> bool) -> Vec<u8> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 65536];
    let start = Instant::now();
    let mut last = Instant::now();
    loop {
        match master.read(&mut buf) {
            Ok(n) if n > 0 => {
                seen.extend_from_slice(&buf[..n]);
                last = Instant::now();
                if done(&seen) {
                    return seen;
                }
            }
            _ => std::thread::sleep(Duration::from_micros(200)),
        }
        if (!seen.is_empty() && last.elapsed() > quiet) || start.elapsed() > Duration::from_secs(10)
        {
            return seen;
        }
    }
}

/// Whether the bytes hold a complete reader frame: the end of a synchronized-output block after
/// the countries pane was drawn.
pub fn frame_complete(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.find("Countries")
        .is_some_and(|at| text[at..].contains("\x1b[?2026l"))
}

/// Peak resident memory of a running process in bytes (`VmHWM` in `/proc/PID/status`).
pub fn peak_rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// One start of `program` on a fresh 120×40 pty, timed to its first complete frame (`None`
/// when none came within `limit`), and one start of `/bin/true` timed to its exit: the cost of
/// starting any program, the same-run baseline. Milliseconds.
pub fn first_frame_ms(program: &str, args: &[&str], limit: Duration) -> (Option<f64>, f64) {
    let (frame, _, base) = first_frame_and_cpu_ms(program, args, limit);
    (frame, base)
}

/// CPU time (user and system, every thread) a process has used so far, from
/// `/proc/PID/stat`, in milliseconds (assuming the usual 100 clock ticks a second).
pub fn cpu_ms(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    Some((user + system) * 10.0)
}

/// [`first_frame_ms`] with the CPU time the program had used when its first frame was complete.
pub fn first_frame_and_cpu_ms(
    program: &str,
    args: &[&str],
    limit: Duration,
) -> (Option<f64>, Option<f64>, f64) {
    let (mut master, slave) = open(120, 40);
    let start = Instant::now();
    let mut child = spawn(program, args, slave);
    let mut seen = Vec::new();
    let mut buf = [0u8; 65536];
    while !frame_complete(&seen) && start.elapsed() < limit {
        match master.read(&mut buf) {
            Ok(n) if n > 0 => seen.extend_from_slice(&buf[..n]),
            _ => std::thread::sleep(Duration::from_micros(200)),
        }
    }
    let frame = frame_complete(&seen).then(|| start.elapsed().as_secs_f64() * 1e3);
    let cpu = cpu_ms(child.id());
    let _ = child.kill();
    let _ = child.wait();
    let (_master, slave) = open(120, 40);
    let start = Instant::now();
    let mut child = spawn("/bin/true", &[], slave);
    let _ = child.wait();
    (frame, cpu, start.elapsed().as_secs_f64() * 1e3)
}
