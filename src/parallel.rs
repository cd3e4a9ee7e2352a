//! Work spread over every core: independent jobs (report files to read and import) run on
//! scoped threads and come back in the order of the jobs, so callers see exactly what a
//! one-thread loop would give. No dependency beyond the standard library.

/// `work` applied to every job on all available cores (one thread for few jobs); results in
/// the order of `jobs`. Threads take the next job as they finish, so a few large files do not
/// leave a core idle.
pub fn map<J: Sync, R: Send>(jobs: &[J], work: impl Fn(&J) -> R + Sync) -> Vec<R> {
    /// Below this many jobs a thread costs more than it saves.
    const PARALLEL_FROM: usize = 8;
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(jobs.len());
    if threads < 2 || jobs.len() < PARALLEL_FROM {
        return jobs.iter().map(&work).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(job) = jobs.get(at) else {
                            return mine;
                        };
                        mine.push((at, work(job)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            // A worker that panicked re-raises its panic here, as a one-thread load would.
            .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_unstable_by_key(|(at, _)| *at);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_work_comes_back_in_the_order_of_the_jobs() {
        // Uneven work (later jobs are quicker), so threads finish out of order.
        let jobs: Vec<u64> = (0..200).rev().collect();
        let results = map(&jobs, |&n| (0..n * 1000).fold(n, |a, b| a ^ b) ^ n);
        let expected: Vec<u64> = jobs
            .iter()
            .map(|&n| (0..n * 1000).fold(n, |a, b| a ^ b) ^ n)
            .collect();
        assert_eq!(results, expected);
        assert!(map(&Vec::<u8>::new(), |&n| n).is_empty());
    }
}
