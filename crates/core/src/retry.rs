//! Retries with capped exponential backoff and full jitter.
//!
//! A failed attempt is retried only when [`Error::is_transient`] says a later
//! attempt may succeed (throttling, connection failures, 5xx), and every
//! attempt is signed afresh (new timestamp and nonce).

use crate::error::Error;
use std::future::Future;
use std::time::Duration;

/// How many times to try, and how long to wait between tries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryConfig {
    /// Attempts in all, the first included (1 disables retries). Default 3.
    pub max_attempts: u32,
    /// The base delay before the second attempt; doubles each time. Default 100 ms.
    pub initial_backoff: Duration,
    /// The longest delay between attempts. Default 20 s.
    pub max_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(20),
        }
    }
}

impl RetryConfig {
    /// One attempt, no retries.
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Sets the number of attempts (at least 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Sets the initial backoff.
    pub fn initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// Sets the largest backoff.
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// The delay before attempt `attempt + 1` (after `attempt` failures):
    /// uniformly random up to `initial * 2^(attempt-1)`, capped.
    pub fn backoff(&self, attempt: u32, random: u64) -> Duration {
        let ceiling = self
            .initial_backoff
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16))
            .min(self.max_backoff);
        let nanos = ceiling.as_nanos() as u64;
        if nanos == 0 {
            return Duration::ZERO;
        }
        Duration::from_nanos(random % (nanos + 1))
    }

    /// Runs `attempt` until it succeeds, fails for good, or attempts run out.
    pub(crate) async fn run<T, F, Fut>(&self, mut attempt: F) -> Result<T, Error>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let mut tries = 0;
        loop {
            tries += 1;
            match attempt().await {
                Err(e) if e.is_transient() && tries < self.max_attempts => {
                    tokio::time::sleep(self.backoff(tries, random_u64())).await;
                }
                result => return result,
            }
        }
    }
}

fn random_u64() -> u64 {
    let mut b = [0u8; 8];
    // Jitter only: the clock is an acceptable fallback.
    if getrandom::getrandom(&mut b).is_err() {
        return u64::from(crate::time::now_unix() as u32);
    }
    u64::from_le_bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let r = RetryConfig::default();
        assert_eq!(
            r.backoff(1, u64::MAX),
            Duration::from_nanos(u64::MAX % 100_000_001)
        );
        assert!(r.backoff(3, u64::MAX) <= Duration::from_millis(400));
        assert!(r.backoff(40, u64::MAX) <= r.max_backoff);
        assert_eq!(
            RetryConfig::default()
                .initial_backoff(Duration::ZERO)
                .backoff(2, 7),
            Duration::ZERO
        );
    }
}
