//! CPU time of the calling thread, from Linux's `/proc/thread-self/schedstat`
//! (no `unsafe`, no extra dependency). Elsewhere it reads as unavailable.

use std::time::Duration;

/// CPU time this thread has run for, if the platform tells.
pub fn thread_time() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}
