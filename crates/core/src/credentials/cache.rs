//! Keeps temporary credentials fresh: refreshes a margin before expiry,
//! with exactly one refresh in flight however many callers wait.
//!
//! - Fresh (not within the margin of expiry): served from the cache.
//! - Stale but still valid: the first caller refreshes; the others keep
//!   getting the old credential meanwhile. If the refresh fails, the old one
//!   is served and the refresh is retried after a pause.
//! - Expired or absent: callers wait for the one refresh in flight. An
//!   expired credential is never returned.

use super::Credential;
use crate::error::Error;
use crate::time::{iso8601, unix_secs};
use std::future::Future;
use std::sync::RwLock;
use std::time::{Duration, Instant, SystemTime};

/// Refresh this long before expiry (the official SDKs use 15 minutes)...
const DEFAULT_MARGIN: Duration = Duration::from_secs(15 * 60);
/// ...and wait this long after a failed refresh before trying again.
const RETRY_PAUSE: Duration = Duration::from_secs(10);

/// The cache. One per provider.
#[derive(Debug)]
pub(crate) struct RefreshCache {
    state: RwLock<State>,
    refreshing: tokio::sync::Mutex<()>,
    margin: Duration,
}

#[derive(Debug, Default)]
struct State {
    current: Option<Credential>,
    /// No refresh before this instant (after a failure).
    pause_until: Option<SystemTime>,
}

impl Default for RefreshCache {
    fn default() -> Self {
        RefreshCache::new(DEFAULT_MARGIN)
    }
}

impl RefreshCache {
    pub(crate) fn new(margin: Duration) -> Self {
        RefreshCache {
            state: RwLock::new(State::default()),
            refreshing: tokio::sync::Mutex::new(()),
            margin,
        }
    }

    /// Whether `c` can be served without a refresh: no expiry, or outside
    /// the margin, or inside it while a failed refresh pauses.
    fn is_fresh(&self, c: &Credential, now: SystemTime, pause_until: Option<SystemTime>) -> bool {
        match c.expiry() {
            None => true,
            Some(expiry) if expiry <= now => false,
            Some(_) if pause_until.is_some_and(|p| now < p) => true,
            Some(_) => !c.expires_within(now, self.margin),
        }
    }

    fn snapshot(&self) -> (Option<Credential>, Option<SystemTime>) {
        match self.state.read() {
            Ok(s) => (s.current.clone(), s.pause_until),
            Err(poisoned) => {
                let s = poisoned.into_inner();
                (s.current.clone(), s.pause_until)
            }
        }
    }

    fn store(&self, current: Option<Credential>, pause_until: Option<SystemTime>) {
        let mut s = match self.state.write() {
            Ok(s) => s,
            Err(poisoned) => poisoned.into_inner(),
        };
        if current.is_some() {
            s.current = current;
        }
        s.pause_until = pause_until;
    }

    /// A valid credential: cached, or from `fetch` (called by one caller at a time).
    pub(crate) async fn get<F, Fut>(&self, fetch: F) -> Result<Credential, Error>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Credential, Error>>,
    {
        let now = SystemTime::now();
        let (current, pause) = self.snapshot();
        if let Some(c) = &current {
            if self.is_fresh(c, now, pause) {
                return Ok(c.clone());
            }
        }
        let started = Instant::now();
        let still_valid = current
            .as_ref()
            .filter(|c| !c.expires_within(now, Duration::ZERO));
        let _guard = match (still_valid, self.refreshing.try_lock()) {
            (_, Ok(guard)) => guard,
            // Someone is refreshing and the old credential still works: use it.
            (Some(valid), Err(_)) => return Ok(valid.clone()),
            (None, Err(_)) => self.refreshing.lock().await,
        };
        // Another caller may have refreshed while this one waited.
        let now = SystemTime::now();
        let (current, pause) = self.snapshot();
        if let Some(c) = &current {
            if self.is_fresh(c, now, pause) {
                return Ok(c.clone());
            }
        }
        match fetch().await {
            Ok(fresh) => {
                fresh.check_usable(SystemTime::now())?;
                tracing::info!(
                    provider = fresh.provider(),
                    expires_at = %fresh.expiry().map_or("never".into(), |e| iso8601(unix_secs(e))),
                    waited_ms = started.elapsed().as_millis() as u64,
                    "refreshed temporary credentials"
                );
                self.store(Some(fresh.clone()), None);
                Ok(fresh)
            }
            Err(e) => {
                let old = current.filter(|c| !c.expires_within(SystemTime::now(), Duration::ZERO));
                tracing::warn!(
                    error = %e,
                    waited_ms = started.elapsed().as_millis() as u64,
                    keeps_previous = old.is_some(),
                    "refreshing temporary credentials failed"
                );
                match old {
                    Some(old) => {
                        self.store(None, Some(SystemTime::now() + RETRY_PAUSE));
                        Ok(old)
                    }
                    None => Err(e),
                }
            }
        }
    }
}
