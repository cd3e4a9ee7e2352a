//! The `steppe` binary: parses the command line (clap), loads configuration and reports before the
//! terminal is touched, then runs the reader or one of the non-interactive commands.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if stdout_is_closed() {
        // Rust's standard output drops writes to a closed descriptor silently; and the first
        // file opened would take its number and receive the output.
        cli::stderr_line("steppe: standard output is closed; nothing could be printed");
        return ExitCode::from(cli::EXIT_ERROR);
    }
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(err) => return argument_error(&err),
    };
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            cli::stderr_line(&format!("steppe: {err:#}"));
            ExitCode::from(cli::EXIT_ERROR)
        }
    }
}

/// True when steppe was started with file descriptor 1 closed (`steppe list >&-`). Rust's
/// runtime then opens `/dev/null` read-write in its place before `main`, which no shell
/// redirection does (`> /dev/null` opens it write-only): that is how it is recognised.
fn stdout_is_closed() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() else {
            return true;
        };
        let read_write = rustix::fs::fcntl_getfl(&fd)
            .is_ok_and(|flags| flags & rustix::fs::OFlags::RWMODE == rustix::fs::OFlags::RDWR);
        let device = |m: &std::fs::Metadata| m.rdev();
        let file = std::fs::File::from(fd);
        read_write
            && matches!(
                (file.metadata(), std::fs::metadata("/dev/null")),
                (Ok(ours), Ok(null)) if device(&ours) == device(&null) && ours.file_type() == null.file_type()
            )
    }
    #[cfg(not(unix))]
    false
}

/// `--help` and `--version` (printed on stdout: exit 0 only when that worked), or a usage error
/// (stderr, exit 2).
fn argument_error(err: &clap::Error) -> ExitCode {
    let printed = err.print().and_then(|()| {
        if err.use_stderr() {
            std::io::stderr().flush()
        } else {
            std::io::stdout().flush()
        }
    });
    match printed {
        Err(error) if !err.use_stderr() && error.kind() != std::io::ErrorKind::BrokenPipe => {
            cli::stderr_line(&format!("steppe: cannot write to stdout: {error}"));
            ExitCode::from(cli::EXIT_ERROR)
        }
        _ => ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(cli::EXIT_ERROR)),
    }
}
