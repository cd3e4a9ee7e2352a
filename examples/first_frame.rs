//! Time from starting the reader to its first complete frame, through a real pseudo-terminal
//! (120×40), beside starting and ending `/bin/true` the same way: the reader's first-frame
//! figure of docs/performance.md at scale, with a warm cache.
//!
//!     cargo run --release --example scaled_folder -- 1000 /tmp/s5000
//!     target/release/steppe list /tmp/s5000 >/dev/null   # fills the cache
//!     cargo run --release --example first_frame -- target/release/steppe 11 /tmp/s5000
//!
//! Prints each run and the medians, with the CPU time (user and system, every thread) the
//! reader had used when its first frame was complete.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a measuring tool may stop at the first surprise

use std::time::Duration;

#[path = "../tests/common/pty.rs"]
mod pty;

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(steppe), Some(runs)) = (args.first(), args.get(1)) else {
        eprintln!("usage: first_frame STEPPE RUNS [PATH…]");
        std::process::exit(2);
    };
    let runs: usize = runs.parse().expect("RUNS is a number");
    let paths: Vec<&str> = args[2..].iter().map(String::as_str).collect();
    let (mut frame, mut cpu, mut baseline) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let (ms, used, base) =
            pty::first_frame_and_cpu_ms(steppe, &paths, Duration::from_secs(120));
        let ms = ms.expect("no complete frame");
        let used = used.unwrap_or(f64::NAN);
        println!("first frame {ms:.1} ms (cpu {used:.0} ms); /bin/true {base:.1} ms");
        frame.push(ms);
        cpu.push(used);
        baseline.push(base);
    }
    println!(
        "median of {runs}: first frame {:.1} ms; cpu to it {:.0} ms; /bin/true {:.1} ms",
        median(frame),
        median(cpu),
        median(baseline)
    );
}
