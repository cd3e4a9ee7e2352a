//! Bounded, type-checked reads: the one way steppe reads a file (reports, `NAME.toml`,
//! `SOURCES.md`, rule files, keymaps, and any loader added later).
//!
//! A file is opened without blocking (a FIFO would otherwise wait for a writer forever), then the
//! *opened* file is checked: anything but a regular file — a FIFO, a device such as `/dev/zero`,
//! a socket, a folder — is refused by name. The size the file system reports is only used to
//! refuse early and to size the buffer; the cap itself is enforced while reading (at most
//! `limit + 1` bytes are read), so a sparse file, a file that grows while it is read, or a
//! `/proc` file that reports size 0 can never make steppe read more than `limit` bytes.
//!
//! ```no_run
//! # use std::path::Path;
//! use steppe::corpus::read::{read_bounded, MAX_CONFIG_BYTES};
//! match read_bounded(Path::new("notes.toml"), MAX_CONFIG_BYTES, "metadata") {
//!     Ok(bytes) => println!("{} bytes", bytes.len()),
//!     Err(err) if err.is_not_found() => println!("no metadata"),
//!     Err(err) => println!("{err}"), // "notes.toml: cannot read metadata: a FIFO, not a regular file"
//! }
//! ```

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// Largest report file steppe reads.
pub const MAX_REPORT_BYTES: u64 = 64 * 1024 * 1024;
/// Largest configuration file steppe reads: `NAME.toml`, `SOURCES.md`, rule files, keymaps.
pub const MAX_CONFIG_BYTES: u64 = 4 * 1024 * 1024;

/// Why a file could not be read. Its `Display` names the file (escaped, as every path in a
/// message is) and what it was read as.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system refused (missing file, no permission…).
    #[error("{path}: cannot read {what}: {error}")]
    Io {
        path: String,
        what: String,
        error: std::io::Error,
    },
    /// The path is not a regular file: `kind` says what it is ("a FIFO", "a device"…).
    #[error("{path}: cannot read {what}: {kind}, not a regular file")]
    NotRegular {
        path: String,
        what: String,
        kind: &'static str,
    },
    /// More than `limit` bytes (found by the file's size or while reading it).
    #[error("{path}: cannot read {what}: larger than the {} limit", size_text(*limit))]
    TooLarge {
        path: String,
        what: String,
        limit: u64,
    },
    /// A text file ([`read_text`]) that is not UTF-8.
    #[error("{path}: cannot read {what}: not UTF-8 text (byte {at})")]
    NotUtf8 {
        path: String,
        what: String,
        at: usize,
    },
}

impl ReadError {
    /// True when the file does not exist (optional files are then simply absent).
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io { error, .. } if error.kind() == std::io::ErrorKind::NotFound)
    }

    /// The message without the leading `path: ` (for diagnostics that carry the path apart).
    pub fn reason(&self) -> String {
        match self {
            ReadError::Io { error, .. } => error.to_string(),
            ReadError::NotRegular { kind, .. } => format!("{kind}, not a regular file"),
            ReadError::TooLarge { limit, .. } => {
                format!("larger than the {} limit", size_text(*limit))
            }
            ReadError::NotUtf8 { at, .. } => format!("not UTF-8 text (byte {at})"),
        }
    }

    /// The path as shown in the message.
    pub fn path(&self) -> &str {
        match self {
            ReadError::Io { path, .. }
            | ReadError::NotRegular { path, .. }
            | ReadError::TooLarge { path, .. }
            | ReadError::NotUtf8 { path, .. } => path,
        }
    }
}

/// "64 MB", "4 MB", "512 bytes".
fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 && bytes.is_multiple_of(1024 * 1024) {
        format!("{} MB", bytes / (1024 * 1024))
    } else {
        format!("{bytes} bytes")
    }
}

/// What a file that is not regular is, for messages.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "a special file"
    }
}

/// What a path found while listing a folder is, when it is neither a regular file nor a folder
/// (for "skipped" messages); `None` for regular files and folders.
pub fn special_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    (!meta.is_file() && !meta.is_dir()).then(|| kind_of(meta))
}

/// Opens `path` for reading without ever blocking in `open` (FIFOs) and without making a
/// terminal device the controlling terminal.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// Reads at most `limit` bytes of the regular file at `path`; `what` names the file's role in
/// messages ("report", "metadata", "keymap"…). Refuses anything that is not a regular file, and
/// a file with more than `limit` bytes, whatever its reported size.
pub fn read_bounded(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>, ReadError> {
    let shown = || crate::text::shown_path(path);
    let io = |error: std::io::Error| ReadError::Io {
        path: shown(),
        what: what.to_string(),
        error,
    };
    let file = open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular {
            path: shown(),
            what: what.to_string(),
            kind: kind_of(&meta),
        });
    }
    let too_large = || ReadError::TooLarge {
        path: shown(),
        what: what.to_string(),
        limit,
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    // The reported size sizes the buffer only; the cap is applied while reading.
    let Some(bytes) = read_capped(file, meta.len(), limit).map_err(io)? else {
        return Err(too_large());
    };
    if meta.len() == 0 && !bytes.is_empty() {
        // A pseudo-file (`/proc`, `/sys`) reports size 0 but produces text on demand.
        return Err(ReadError::NotRegular {
            path: shown(),
            what: what.to_string(),
            kind: "a pseudo-file that reports size 0",
        });
    }
    Ok(bytes)
}

/// Reads `reader` to its end, or `None` as soon as it gives more than `limit` bytes (it is never
/// read further than `limit + 1`). `expected` (the size the file system reports) sizes the buffer.
fn read_capped(reader: impl Read, expected: u64, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let capacity = usize::try_from(expected.min(limit))
        .unwrap_or(0)
        .saturating_add(1);
    let mut bytes = Vec::with_capacity(capacity);
    let read = reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((read as u64 <= limit).then_some(bytes))
}

/// [`read_bounded`] for configuration text: UTF-8 (a byte-order mark is dropped).
pub fn read_text(path: &Path, limit: u64, what: &str) -> Result<String, ReadError> {
    let bytes = read_bounded(path, limit, what)?;
    let bytes = match bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|err| ReadError::NotUtf8 {
        path: crate::text::shown_path(path),
        what: what.to_string(),
        at: err.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_whole_up_to_the_limit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.txt");
        std::fs::write(&path, b"0123456789").expect("write");
        assert_eq!(
            read_bounded(&path, 10, "report").expect("read"),
            b"0123456789"
        );
        let err = read_bounded(&path, 9, "report").expect_err("too large");
        assert!(matches!(err, ReadError::TooLarge { limit: 9, .. }), "{err}");
        assert!(
            err.to_string().contains("a.txt: cannot read report"),
            "{err}"
        );
    }

    #[test]
    fn the_cap_holds_whatever_size_was_reported() {
        // An endless source that reported 10 bytes (a file growing while it is read).
        let endless = std::io::repeat(b'x');
        assert_eq!(read_capped(endless, 10, 1000).expect("read"), None);
        let ten = std::io::repeat(b'x').take(10);
        assert_eq!(
            read_capped(ten, 0, 10).expect("read").map(|b| b.len()),
            Some(10)
        );
    }

    #[test]
    fn a_missing_file_is_not_found() {
        let err =
            read_bounded(Path::new("/nonexistent/x.toml"), 10, "metadata").expect_err("missing");
        assert!(err.is_not_found(), "{err}");
    }

    #[test]
    fn a_folder_is_refused_by_kind() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = read_bounded(dir.path(), 10, "keymap").expect_err("folder");
        assert_eq!(err.reason(), "a folder, not a regular file");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("x.toml");
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        let err = read_bounded(&path, 10, "metadata").expect_err("fifo");
        assert!(err.to_string().contains("FIFO"), "{err}");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn devices_and_pseudo_files_are_refused() {
        let err = read_bounded(Path::new("/dev/zero"), 1 << 20, "report").expect_err("device");
        assert_eq!(err.reason(), "a device, not a regular file");
        let err = read_bounded(Path::new("/proc/self/status"), 1 << 20, "report")
            .expect_err("pseudo-file");
        assert!(err.reason().contains("size 0"), "{err}");
    }

    #[test]
    fn text_must_be_utf8() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("k.toml");
        std::fs::write(&path, b"\xef\xbb\xbfa = 1\n").expect("write");
        assert_eq!(read_text(&path, 100, "keymap").expect("read"), "a = 1\n");
        std::fs::write(&path, b"a = \xff\n").expect("write");
        let err = read_text(&path, 100, "keymap").expect_err("not utf-8");
        assert_eq!(err.reason(), "not UTF-8 text (byte 4)");
    }
}
